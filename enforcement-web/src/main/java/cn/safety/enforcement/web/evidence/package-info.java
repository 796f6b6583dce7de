/**
 * Evidence over HTTP: uploads streamed from disk into the evidence store (a helper every upload endpoint uses), the file
 * served with its hash after the hash is checked, its record, and its withdrawal.
 */
package cn.safety.enforcement.web.evidence;
