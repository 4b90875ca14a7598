/**
 * Screens of the vehicle registry (车辆登记信息): the list and the spreadsheet import.
 */
package cn.overloadcontrol.weighing.registry;
