/** The catalogue page (titles and commendations, their conditions). */
package vn.thidua.award.web;
