/** Where draws, their published lists and recusals are kept: the lists in child tables, written by COPY. */
package cn.safety.enforcement.persistence.draw;
