/**
 * Demo mode only ({@code THIDUA_DEMO=true}): loads An Minh district as it stood in 2022 (the reference list in this
 * package's resources), generated hamlet committees (there is no official list), the 2022 campaign with its two
 * clusters, pledges, results and review, and the demo accounts — through the features' own services, so the demo
 * obeys the same rules. Outside demo mode nothing here runs. May use every feature; no feature may use it.
 */
package vn.thidua.demo;
