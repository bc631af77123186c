#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
"""Regenerates the throwaway test PKI used by tests/core/api/tst_apiclienttls.

ca / otherca: two unrelated CAs. server: localhost + 127.0.0.1 signed by ca.
wronghost: signed by ca for "not-this-host.invalid". expired: localhost, ca,
valid only in 2020. client: a client certificate signed by ca.
"""
import datetime
import ipaddress
import pathlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

here = pathlib.Path(__file__).parent
now = datetime.datetime(2026, 1, 1)
far = datetime.datetime(2125, 1, 1)


def key():
    return ec.generate_private_key(ec.SECP256R1())


def write(name, cert, private_key):
    (here / f"{name}.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (here / f"{name}.key").write_bytes(private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def ca(cn):
    k = key()
    c = (x509.CertificateBuilder().subject_name(name(cn)).issuer_name(name(cn)).public_key(k.public_key())
         .serial_number(x509.random_serial_number()).not_valid_before(now).not_valid_after(far)
         .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
         .sign(k, hashes.SHA256()))
    return c, k


def leaf(cn, issuer, issuer_key, sans, start, end, usage):
    k = key()
    b = (x509.CertificateBuilder().subject_name(name(cn)).issuer_name(issuer.subject).public_key(k.public_key())
         .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
         .add_extension(x509.ExtendedKeyUsage([usage]), critical=False))
    if sans:
        b = b.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    return b.sign(issuer_key, hashes.SHA256()), k


ca_cert, ca_key = ca("sextant-test-ca")
write("ca", ca_cert, ca_key)
other_cert, other_key = ca("sextant-other-ca")
write("otherca", other_cert, other_key)
local = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
server = ExtendedKeyUsageOID.SERVER_AUTH
write("server", *leaf("localhost", ca_cert, ca_key, local, now, far, server))
write("wronghost", *leaf("not-this-host.invalid", ca_cert, ca_key, [x509.DNSName("not-this-host.invalid")], now,
                         far, server))
write("expired", *leaf("localhost", ca_cert, ca_key, local, datetime.datetime(2020, 1, 1),
                       datetime.datetime(2020, 12, 31), server))
write("client", *leaf("sextant-test-user", ca_cert, ca_key, [], now, far, ExtendedKeyUsageOID.CLIENT_AUTH))
