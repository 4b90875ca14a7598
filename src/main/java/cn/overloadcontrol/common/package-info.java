/** Small shared value types: plate numbers, credit codes, data scope, paging. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.overloadcontrol.common;
