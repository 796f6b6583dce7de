/**
 * Numbered enforcement documents (R13): the number patterns departments set, the counters that number documents
 * without gaps, the issued documents locked with the party's details as on that day, their content blocks and the
 * port that lays them out as PDF.
 */
package cn.safety.enforcement.domain.document;
