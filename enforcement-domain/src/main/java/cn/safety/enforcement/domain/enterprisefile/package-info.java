/**
 * 一企一档 as one time line (R2, 002§(十二), 004§19): an enterprise's inspections, its hidden hazards, the documents
 * served on it, its accidents and its jurisdiction history, newest first, read as one page of one query from the
 * records that own them.
 */
package cn.safety.enforcement.domain.enterprisefile;
