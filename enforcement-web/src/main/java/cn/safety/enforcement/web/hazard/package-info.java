/** The hazard API (隐患排查治理, R5): the list, one hazard, and one POST per step of its loop. */
package cn.safety.enforcement.web.hazard;
