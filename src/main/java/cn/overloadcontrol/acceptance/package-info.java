/**
 * Installation acceptance (验收) of source units. The office schedules an acceptance from an
 * editable checklist template. Automatic items fill themselves from the platform's data, and
 * inspectors record the manual items with notes and photos. Failed items become rectification
 * tasks (整改) that a re-inspection closes. Reports export as .docx and .xlsx.
 */
package cn.overloadcontrol.acceptance;
