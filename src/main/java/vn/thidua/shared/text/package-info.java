/** Text helpers in plain Java: light formatting rendered escaped, line diffs, verification codes. */
package vn.thidua.shared.text;
