/** Page helpers for every feature's backing beans: messages by bundle key, locale, file downloads, security headers, the health servlet. */
package vn.thidua.shared.web;
