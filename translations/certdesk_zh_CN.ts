<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CertDesk::Ui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk 核验台</translation>
    </message>
    <message>
        <source>Scan a certificate or paste its QR text, then press Enter</source>
        <translation>请扫描证书或粘贴其二维码文本，然后按回车键</translation>
    </message>
    <message>
        <source>QR text</source>
        <translation>二维码文本</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核验结论</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>准备扫描</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>证书详情</translation>
    </message>
    <message numerus="yes">
        <source>%n trusted key(s)</source>
        <translation>
            <numerusform>%n 个受信任密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发方</translation>
    </message>
    <message>
        <source>Nucleic-acid test</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>IgM antibody test</source>
        <translation>IgM 抗体检测</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>康复</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>This code is not a health certificate.</source>
        <translation>此二维码不是健康证书。</translation>
    </message>
    <message>
        <source>The code is damaged and cannot be read.</source>
        <translation>二维码已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The code is larger than any genuine certificate.</source>
        <translation>二维码内容超出真实证书的大小上限。</translation>
    </message>
    <message>
        <source>The certificate uses a signature method that is not allowed.</source>
        <translation>证书使用了不被允许的签名算法。</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not among the trusted keys.</source>
        <translation>签发方的密钥不在受信任密钥之列。</translation>
    </message>
    <message>
        <source>Signature does not match the issuer&apos;s key.</source>
        <translation>签名与签发方密钥不符。</translation>
    </message>
    <message>
        <source>The signature could not be checked on this station.</source>
        <translation>本核验台无法校验该签名。</translation>
    </message>
    <message>
        <source>The issuer&apos;s key was not valid when the certificate was issued.</source>
        <translation>证书签发时，签发方密钥不在有效期内。</translation>
    </message>
    <message>
        <source>The issuer&apos;s key may not sign this kind of certificate.</source>
        <translation>签发方密钥无权签发此类证书。</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not vouched for by a trusted authority.</source>
        <translation>签发方密钥未获受信任机构认证。</translation>
    </message>
    <message>
        <source>The certificate is dated in the future.</source>
        <translation>证书签发时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>证书已过期。</translation>
    </message>
    <message>
        <source>Parts of this multi-part code are missing.</source>
        <translation>多段二维码缺少部分内容。</translation>
    </message>
    <message>
        <source>The certificate&apos;s content is malformed.</source>
        <translation>证书内容格式有误。</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>证书已被撤销。</translation>
    </message>
    <message>
        <source>The entry policy is not met.</source>
        <translation>不符合入境政策要求。</translation>
    </message>
    <message>
        <source>The certificate failed a check.</source>
        <translation>证书未通过核验。</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>CANNOT READ</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trust material</source>
        <translation>信任材料</translation>
    </message>
    <message>
        <source>Some trust material could not be loaded:
%1</source>
        <translation>部分信任材料无法加载：
%1</translation>
    </message>
</context>
</TS>
