/** The work-safety enforcement domain: jurisdictions, enterprises and the rules that bind them, plus the exceptions every feature shares. */
package cn.safety.enforcement.domain;
