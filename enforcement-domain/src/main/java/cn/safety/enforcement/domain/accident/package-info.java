/**
 * Accidents of enterprises (R8, 000§(六)) graded by 生产安全事故报告和调查处理条例 第三条 with their investigating and
 * supervising levels, and recorded failures of the main responsible person's safety duty (002§(二)); both under the
 * enterprise's jurisdiction.
 */
package cn.safety.enforcement.domain.accident;
