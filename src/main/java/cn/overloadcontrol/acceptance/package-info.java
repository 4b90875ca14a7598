/**
 * Installation acceptance (验收) of source units: an editable checklist template, acceptances
 * scheduled by the office whose automatic items fill themselves from the platform's data and
 * whose manual items inspectors record with notes and photos, rectification tasks (整改) for
 * failed items closed by a re-inspection, and the acceptance report as .docx and .xlsx.
 */
package cn.overloadcontrol.acceptance;
