/**
 * 双随机、一公开 (R3, 002§(二)): the public random draw of enterprises from a department's spot-check pool and of two
 * inspectors for each, by the published algorithm {@link cn.safety.enforcement.domain.draw.Sha256FisherYates
 * SHA256-FY-1}, and the recusals (回避) it respects.
 */
package cn.safety.enforcement.domain.draw;
