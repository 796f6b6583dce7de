/** The enterprise's time line (一企一档) read in one statement over the tables of its sources. */
package cn.safety.enforcement.persistence.enterprisefile;
