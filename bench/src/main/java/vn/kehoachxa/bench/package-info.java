/** JMH benchmarks of exports, imports and start-up; results are written down in docs/benchmarks.md. */
package vn.kehoachxa.bench;
