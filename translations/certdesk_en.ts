<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Age</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::DetailsView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POSITIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inconclusive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine-readable name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Travel document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nucleic-acid tests (PCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IgM antibody tests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccinations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recoveries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer and signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain: every check, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted because:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listed in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::JournalModel</name>
    <message>
        <source>camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pasted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocked by the operator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::JournalWindow</name>
    <message>
        <source>CertDesk – Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts per shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n verification(s): </source>
        <translation><numerusform>%n verification: </numerusform><numerusform>%n verifications: </numerusform></translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid, %3 cannot read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the newest %1 shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation><numerusform>%n row exported to %1.</numerusform><numerusform>%n rows exported to %1.</numerusform></translation>
    </message>
    <message>
        <source>The journal cannot be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Chain intact: %n row(s) checked.</source>
        <translation><numerusform>Chain intact: %n row checked.</numerusform><numerusform>Chain intact: %n rows checked.</numerusform></translation>
    </message>
    <message>
        <source>The journal has been tampered with: row %1 (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n trusted key(s)</source>
        <translation><numerusform>%n trusted key</numerusform><numerusform>%n trusted keys</numerusform></translation>
    </message>
    <message>
        <source>SMART Health Card part %1 of %2 read; show the next part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The video has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPECIMEN TRUST – this station trusts demonstration keys only. Its verdicts mean nothing for travel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste or type a certificate's QR text, then press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open certificate files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Review many files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear details now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About CertDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CertDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Verification station for travel health certificates: ITHC-1 and the EU Digital COVID Certificate.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the first picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No QR code found in the pasted picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 frames/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No camera running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The camera stopped delivering pictures (%1). Check its cable, then restart CertDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust list warning</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n trusted key(s), trust list version %1</source>
        <translation><numerusform>%n trusted key, trust list version %1</numerusform><numerusform>%n trusted keys, trust list version %1</numerusform></translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Block the certificate shown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has no blocklist file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No certificate with an identifier is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate %1 will be refused as revoked at this station from now on.
Why? (Recorded in the journal with your name.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reason is needed to block a certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the operator's name in the settings first: each block records who made it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The blocklist cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate cannot be blocked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The blocklist cannot be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate %1 blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block this certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block this certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse this certificate as revoked at this station from now on (recorded with your name)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::PreviewWidget</name>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::ReviewModel</name>
    <message>
        <source>NO CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no QR code found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::ReviewWindow</name>
    <message>
        <source>CertDesk – Review files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewed certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list could not be written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – code %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n code(s): </source>
        <translation><numerusform>%n code: </numerusform><numerusform>%n codes: </numerusform></translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid, %3 cannot read</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) without a code</source>
        <translation><numerusform>%n file without a code</numerusform><numerusform>%n files without a code</numerusform></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera and scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First camera found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the camera's &amp;light where it has one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial &amp;scanner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial s&amp;peed (baud):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard scanners work without any setting: the station recognises them by their speed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature and validity only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ITHC entry: negative PCR and IgM within 48 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EU travel (2022 rules)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a &amp;sound for each verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry &amp;policy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy and journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear details after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep journal entries for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store holders' &amp;names and dates of birth in the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store identities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear &amp;details after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep journal entries for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::StationController</name>
    <message>
        <source>The serial scanner on %1 stopped working (error %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The serial scanner on %1 could not be opened (error %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::TrustWindow</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EU DCC trust list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>German DSC list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ICAO CSCA master list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMART Health Cards keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VCI directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other keys</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Trust list version %1 is %n day(s) old: update it soon.</source>
        <translation><numerusform>Trust list version %1 is %n day old: update it soon.</numerusform><numerusform>Trust list version %1 is %n days old: update it soon.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Trust list version %1 is %n day(s) old: too old to rely on. Every certificate is refused until the trust list is updated.</source>
        <translation><numerusform>Trust list version %1 is %n day old: too old to rely on. Every certificate is refused until the trust list is updated.</numerusform><numerusform>Trust list version %1 is %n days old: too old to rely on. Every certificate is refused until the trust list is updated.</numerusform></translation>
    </message>
    <message>
        <source>Trust list version %1 has expired. Every certificate is refused until the trust list is updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station's clock is wrong: it is earlier than the trust list's issue time (%1). Every certificate is refused until the clock is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by country, issuer or key id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust bundle version %1 from %2, issued %3, expires %4. Signed by %5 (SHA-256 %6…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unnamed publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newest bundle could not be used; this is the last good one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust from files (no signed trust bundle): its age is not known.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Up to date: %n day(s) old (warning after %1 days, refused after %2).</source>
        <translation><numerusform>Up to date: %n day old (warning after %1 days, refused after %2).</numerusform><numerusform>Up to date: %n days old (warning after %1 days, refused after %2).</numerusform></translation>
    </message>
    <message>
        <source>Not valid now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::VerdictIcon</name>
    <message>
        <source>Verdict symbol</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertDesk::Ui::VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold the certificate's QR code in front of the camera, scan it, or drop a file here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Certificate type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR text encoding (Base45)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decompression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed envelope (COSE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer key found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer key valid when signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer key allowed for this type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate validity period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content complete and well-formed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>This code is not a health certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is damaged and cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is larger than any genuine certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate uses a signature method that is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issuer's key is not among the trusted keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature does not match the issuer's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature could not be checked on this station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issuer's key was not valid when the certificate was issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issuer's key may not sign this kind of certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issuer's key is not vouched for by a trusted authority.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate is dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts of this multi-part code are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate's content is malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry policy is not met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate failed a check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genuine: the signature matches a trusted issuer's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genuine: signed with a trusted key of issuer %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate expired %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate is dated in the future: issued %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more problem(s): see Explain.</source>
        <translation><numerusform>%n more problem: see Explain.</numerusform><numerusform>%n more problems: see Explain.</numerusform></translation>
    </message>
    <message>
        <source>Entry policy not met: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station's trust list is out of date: update it before relying on any verdict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station's clock is wrong: it is earlier than the trust list was issued.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StationJournal</name>
    <message>
        <source>the journal is not open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>VALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CANNOT READ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trust material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some trust material could not be loaded:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the demonstration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demonstration could not be prepared: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CertDesk verification station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust material (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key that signs the DSC list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen, large type, no menus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera by name or index.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a video file or image sequence (frames/%04d.png) as the camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frame rate of an image sequence (30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds the details stay on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit when the --source has been played.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At exit, write verdicts, latencies, preview rate and memory as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the screenshot this many ms after the first verdict (800).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play generated specimen certificates through the camera pipeline, with specimen trust (also when no camera is found).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal database (default: the station's, as certdesk-cli's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify as of this instant (RFC 3339), for training and replays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT JOURNALED: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal cannot be written, so verifications will not be recorded:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journaled as row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera %1 not found. Scan with a hand-held scanner, paste a code, or open certificate files (File &gt; Open).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal retention failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n journal row(s) older than the retention period removed.</source>
        <translation><numerusform>%n journal row older than the retention period removed.</numerusform><numerusform>%n journal rows older than the retention period removed.</numerusform></translation>
    </message>
    <message>
        <source>The block was saved but could not be journaled:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revocation lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some revocation lists could not be loaded, so revocation is not checked:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
