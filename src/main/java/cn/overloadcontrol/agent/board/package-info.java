/**
 * The lane's LED boards in station mode. It contains the local verdict and board text of each
 * journaled record, board health for the heartbeat and the platform's LED test command. It also
 * contains the exit decision for a Vzenith plate camera and the emulated card of the simulated station.
 */
package cn.overloadcontrol.agent.board;
