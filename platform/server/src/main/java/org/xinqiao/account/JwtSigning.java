package org.xinqiao.account;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.xinqiao.common.Secrets;

/** Tokens are signed with a key derived from the server's master key, never a secret written in config. */
@Factory
class JwtSigning {

    @Singleton
    @Named("generator")
    SecretSignatureConfiguration generatorSignature(Secrets secrets) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setBase64(true);
        configuration.setSecret(Base64.getEncoder().encodeToString(secrets.derive("jwt-signing")));
        return configuration;
    }
}
