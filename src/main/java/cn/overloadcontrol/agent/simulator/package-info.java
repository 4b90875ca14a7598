/**
 * Parts of the indicator simulator behind {@link cn.overloadcontrol.agent.IndicatorSimulator}:
 * truck and plate generation, the per-frame weight profile of a passage, the writer thread and
 * the clock of simulated time.
 */
package cn.overloadcontrol.agent.simulator;
