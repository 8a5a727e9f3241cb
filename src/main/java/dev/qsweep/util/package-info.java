/**
 * The leaf of qsweep's package graph: locale-free number formatting that every text qsweep writes
 * (CSV, JSON, schedule text forms) shares, so a number reads back to the same double everywhere.
 */
package dev.qsweep.util;
