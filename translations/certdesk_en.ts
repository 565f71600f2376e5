<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CertDesk::Ui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a certificate or paste its QR text, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trusted key(s)</source>
        <translation>
            <numerusform>%n trusted key</numerusform>
            <numerusform>%n trusted keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nucleic-acid test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IgM antibody test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>This code is not a health certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is larger than any genuine certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate uses a signature method that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not among the trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature does not match the issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key was not valid when the certificate was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key may not sign this kind of certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not vouched for by a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this multi-part code are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s content is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry policy is not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate failed a check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANNOT READ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trust material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some trust material could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
