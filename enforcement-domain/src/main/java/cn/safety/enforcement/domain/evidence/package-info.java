/**
 * Evidence (R14, 000§(二十) 全过程记录): photos, audio, video and PDFs attached to a record under jurisdiction, typed by
 * their content, kept by a store that never replaces or deletes a file, with a SHA-256 computed while the file streams
 * in and checked before it is served.
 */
package cn.safety.enforcement.domain.evidence;
