/** Digital signing (ký số): the signed originals of plans and period reports (decision 0030). */
package vn.kehoachxa.domain.signing;
