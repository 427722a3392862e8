/** The unit tree, unit editing and import pages (Faces/PrimeFaces backing beans, the tree node converter). */
package vn.thidua.organisation.web;
