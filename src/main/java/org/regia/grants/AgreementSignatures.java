package org.regia.grants;

import java.time.Instant;

/**
 * Port to the service that signs agreements. Today a signature is a recorded approval (who, when) by an authenticated
 * user; a qualified e-signature service (e.g. the federal signing box) can replace the adapter later without changing
 * the grants module.
 */
public interface AgreementSignatures {

    /**
     * Signs the agreement for one party and returns the evidence to keep in the sign-off trail.
     *
     * @param agreementNumber the agreement's number
     * @param signatory       the party signing
     * @param signer          the signing person (e-mail of the account)
     * @param pdf             the agreement document being signed
     * @param at              when
     */
    String sign(String agreementNumber, Grant.Signatory signatory, String signer, byte[] pdf, Instant at);
}
