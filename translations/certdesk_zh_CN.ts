<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Age</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n 分钟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::DetailsView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>POSITIVE</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>结果不确定</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Machine-readable name:</source>
        <translation>机读姓名：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Travel document:</source>
        <translation>旅行证件：</translation>
    </message>
    <message>
        <source>Nucleic-acid tests (PCR)</source>
        <translation>核酸检测（PCR）</translation>
    </message>
    <message>
        <source>Sample taken</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>IgM antibody tests</source>
        <translation>IgM 抗体检测</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>疫苗产品</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>已过天数</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>检测点</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>康复</translation>
    </message>
    <message>
        <source>First positive</source>
        <translation>首次阳性</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>Issuer and signature</source>
        <translation>签发方与签名</translation>
    </message>
    <message>
        <source>Explain: every check, in order</source>
        <translation>详细说明：依次列出每项检查</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>密钥标识：</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>算法：</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>签名者：</translation>
    </message>
    <message>
        <source>Trusted because:</source>
        <translation>信任依据：</translation>
    </message>
    <message>
        <source>listed in %1</source>
        <translation>列于 %1</translation>
    </message>
    <message>
        <source>Issuer country:</source>
        <translation>签发国家/地区：</translation>
    </message>
    <message>
        <source>Certificate id:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>签发时间：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>失效时间：</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 剂，共 %2 剂</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::JournalModel</name>
    <message>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发机构</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>blocked by the operator</source>
        <translation>由操作员拉黑</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::JournalWindow</name>
    <message>
        <source>CertDesk – Journal</source>
        <translation>CertDesk – 查验日志</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>全部格式</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Journal rows</source>
        <translation>日志记录</translation>
    </message>
    <message>
        <source>Counts per shift</source>
        <translation>各班次统计</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation>查验次数</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>完整性校验(&amp;I)</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n verification(s): </source>
        <translation><numerusform>共 %n 次查验：</numerusform></translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid, %3 cannot read</source>
        <translation>有效 %1，无效 %2，无法读取 %3</translation>
    </message>
    <message>
        <source>(the newest %1 shown)</source>
        <translation>（仅显示最新 %1 条）</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation><numerusform>已导出 %n 条记录到 %1。</numerusform></translation>
    </message>
    <message>
        <source>The journal cannot be checked: %1</source>
        <translation>无法校验日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n row(s) checked.</source>
        <translation><numerusform>哈希链完整：已校验 %n 条记录。</numerusform></translation>
    </message>
    <message>
        <source>The journal has been tampered with: row %1 (%2).</source>
        <translation>日志已被篡改：第 %1 行（%2）。</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>QR text</source>
        <translation>二维码文本</translation>
    </message>
    <message numerus="yes">
        <source>%n trusted key(s)</source>
        <translation><numerusform>%n 个受信任密钥</numerusform></translation>
    </message>
    <message>
        <source>SMART Health Card part %1 of %2 read; show the next part.</source>
        <translation>已读取 SMART 健康卡第 %1 部分（共 %2 部分），请出示下一部分。</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>视频已播放完毕。</translation>
    </message>
    <message>
        <source>SPECIMEN TRUST – this station trusts demonstration keys only. Its verdicts mean nothing for travel.</source>
        <translation>样例信任——本工作站仅信任演示密钥，其查验结论不能作为出行依据。</translation>
    </message>
    <message>
        <source>Paste or type a certificate's QR text, then press Enter</source>
        <translation>粘贴或输入证书的二维码文本，然后按回车键</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open certificate files…</source>
        <translation>打开证书文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open certificates</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <source>Certificates (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;All files (*)</source>
        <translation>证书 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Review many files…</source>
        <translation>批量审核文件(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Paste certificate</source>
        <translation>粘贴证书(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>查验日志(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Clear details now</source>
        <translation>立即清除详情(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation>自助终端模式(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>关于 CertDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>关于 CertDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CertDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Verification station for travel health certificates: ITHC-1 and the EU Digital COVID Certificate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CertDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;国际旅行健康证明查验工作站：支持 ITHC-1 与欧盟数字新冠证书。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Waiting for the first picture…</source>
        <translation>正在等待第一帧画面…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>%1 中未找到二维码。</translation>
    </message>
    <message>
        <source>No QR code found in the pasted picture.</source>
        <translation>粘贴的图片中未找到二维码。</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>串口扫描枪</translation>
    </message>
    <message>
        <source>%1 · %2 frames/s</source>
        <translation>%1 · %2 帧/秒</translation>
    </message>
    <message>
        <source>No camera running</source>
        <translation>摄像头未运行</translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures (%1). Check its cable, then restart CertDesk.</source>
        <translation>摄像头已停止输出画面（%1）。请检查连接线，然后重新启动 CertDesk。</translation>
    </message>
    <message>
        <source>Trust list warning</source>
        <translation>信任列表警告</translation>
    </message>
    <message numerus="yes">
        <source>%n trusted key(s), trust list version %1</source>
        <translation><numerusform>%n 个受信任的密钥，信任列表版本 %1</numerusform></translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation>信任(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Block the certificate shown…</source>
        <translation>拉黑当前显示的证书(&amp;B)…</translation>
    </message>
    <message>
        <source>Block certificate</source>
        <translation>拉黑证书</translation>
    </message>
    <message>
        <source>This station has no blocklist file.</source>
        <translation>本站没有黑名单文件。</translation>
    </message>
    <message>
        <source>No certificate with an identifier is shown.</source>
        <translation>当前未显示带标识的证书。</translation>
    </message>
    <message>
        <source>Certificate %1 will be refused as revoked at this station from now on.
Why? (Recorded in the journal with your name.)</source>
        <translation>从现在起，本站将把证书 %1 视为已吊销而拒绝。
原因？（将连同您的姓名记入日志。）</translation>
    </message>
    <message>
        <source>A reason is needed to block a certificate.</source>
        <translation>拉黑证书需要填写原因。</translation>
    </message>
    <message>
        <source>Set the operator's name in the settings first: each block records who made it.</source>
        <translation>请先在设置中填写操作员姓名：每次拉黑都会记录操作人。</translation>
    </message>
    <message>
        <source>The blocklist cannot be read: %1</source>
        <translation>无法读取黑名单：%1</translation>
    </message>
    <message>
        <source>The certificate cannot be blocked: %1</source>
        <translation>无法拉黑该证书：%1</translation>
    </message>
    <message>
        <source>The blocklist cannot be saved: %1</source>
        <translation>无法保存黑名单：%1</translation>
    </message>
    <message>
        <source>Certificate %1 blocked.</source>
        <translation>证书 %1 已拉黑。</translation>
    </message>
    <message>
        <source>Block this certificate…</source>
        <translation>拉黑此证书…</translation>
    </message>
    <message>
        <source>Block this certificate</source>
        <translation>拉黑此证书</translation>
    </message>
    <message>
        <source>Refuse this certificate as revoked at this station from now on (recorded with your name)</source>
        <translation>从现在起本站将此证书视为已吊销而拒绝（记录您的姓名）</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::PreviewWidget</name>
    <message>
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::ReviewModel</name>
    <message>
        <source>NO CODE</source>
        <translation>无二维码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发机构</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>no QR code found</source>
        <translation>未找到二维码</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::ReviewWindow</name>
    <message>
        <source>CertDesk – Review files</source>
        <translation>CertDesk – 批量审核</translation>
    </message>
    <message>
        <source>Reviewed certificates</source>
        <translation>已审核的证书</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Certificates to review</source>
        <translation>待审核的证书</translation>
    </message>
    <message>
        <source>Certificates (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;All files (*)</source>
        <translation>证书 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>导出审核结果</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be written to %1.</source>
        <translation>无法将列表写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <source>%1 – code %2</source>
        <translation>%1 – 第 %2 个二维码</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s): </source>
        <translation><numerusform>共 %n 个二维码：</numerusform></translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid, %3 cannot read</source>
        <translation>有效 %1，无效 %2，无法读取 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a code</source>
        <translation><numerusform>%n 个文件中没有二维码</numerusform></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>工作站设置</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>工作站名称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>Camera and scanner</source>
        <translation>摄像头与扫描枪</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>First camera found</source>
        <translation>第一个可用摄像头</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>摄像头分辨率</translation>
    </message>
    <message>
        <source>Use the camera's &amp;light where it has one</source>
        <translation>如摄像头带补光灯则开启(&amp;L)</translation>
    </message>
    <message>
        <source>Camera light</source>
        <translation>摄像头补光灯</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>串口扫描枪端口</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Serial speed</source>
        <translation>串口速率</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>Serial &amp;scanner:</source>
        <translation>串口扫描枪(&amp;S)：</translation>
    </message>
    <message>
        <source>Serial s&amp;peed (baud):</source>
        <translation>串口速率（波特）(&amp;P)：</translation>
    </message>
    <message>
        <source>Keyboard scanners work without any setting: the station recognises them by their speed.</source>
        <translation>键盘式扫描枪无需设置：工作站根据输入速度自动识别。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Entry policy</source>
        <translation>入境政策</translation>
    </message>
    <message>
        <source>Signature and validity only</source>
        <translation>仅核验签名和有效期</translation>
    </message>
    <message>
        <source>ITHC entry: negative PCR and IgM within 48 h</source>
        <translation>ITHC 入境：48 小时内核酸及 IgM 抗体均为阴性</translation>
    </message>
    <message>
        <source>EU travel (2022 rules)</source>
        <translation>欧盟旅行（2022 年规则）</translation>
    </message>
    <message>
        <source>Play a &amp;sound for each verdict</source>
        <translation>每次查验结论播放提示音(&amp;S)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Entry &amp;policy:</source>
        <translation>入境政策(&amp;P)：</translation>
    </message>
    <message>
        <source>Privacy and journal</source>
        <translation>隐私与日志</translation>
    </message>
    <message>
        <source>Clear details after</source>
        <translation>详情自动清除时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Keep journal entries for</source>
        <translation>日志保留时间</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Store holders' &amp;names and dates of birth in the journal</source>
        <translation>在日志中保存持证人姓名和出生日期(&amp;N)</translation>
    </message>
    <message>
        <source>Store identities</source>
        <translation>保存身份信息</translation>
    </message>
    <message>
        <source>Clear &amp;details after:</source>
        <translation>详情自动清除时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Keep journal entries for:</source>
        <translation>日志保留时间(&amp;K)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>语言（重启后生效）(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::StationController</name>
    <message>
        <source>The serial scanner on %1 stopped working (error %2).</source>
        <translation>%1 上的串口扫描枪已停止工作（错误 %2）。</translation>
    </message>
    <message>
        <source>The serial scanner on %1 could not be opened (error %2).</source>
        <translation>无法打开 %1 上的串口扫描枪（错误 %2）。</translation>
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation>键盘式扫描枪</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::TrustWindow</name>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>EU DCC trust list</source>
        <translation>欧盟 DCC 信任列表</translation>
    </message>
    <message>
        <source>German DSC list</source>
        <translation>德国 DSC 列表</translation>
    </message>
    <message>
        <source>ICAO CSCA master list</source>
        <translation>ICAO CSCA 主列表</translation>
    </message>
    <message>
        <source>SMART Health Cards keys</source>
        <translation>SMART 健康卡密钥</translation>
    </message>
    <message>
        <source>VCI directory</source>
        <translation>VCI 目录</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>其他密钥</translation>
    </message>
    <message numerus="yes">
        <source>Trust list version %1 is %n day(s) old: update it soon.</source>
        <translation><numerusform>信任列表版本 %1 已有 %n 天：请尽快更新。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Trust list version %1 is %n day(s) old: too old to rely on. Every certificate is refused until the trust list is updated.</source>
        <translation><numerusform>信任列表版本 %1 已有 %n 天，过旧不可依赖。在更新信任列表之前，所有证书均被拒绝。</numerusform></translation>
    </message>
    <message>
        <source>Trust list version %1 has expired. Every certificate is refused until the trust list is updated.</source>
        <translation>信任列表版本 %1 已过期。在更新信任列表之前，所有证书均被拒绝。</translation>
    </message>
    <message>
        <source>This station's clock is wrong: it is earlier than the trust list's issue time (%1). Every certificate is refused until the clock is set.</source>
        <translation>本站时钟有误：早于信任列表的签发时间（%1）。在校准时钟之前，所有证书均被拒绝。</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Trust sources</source>
        <translation>信任来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Valid now</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>Filter by country, issuer or key id</source>
        <translation>按国家/地区、签发机构或密钥标识筛选</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>筛选密钥</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>受信任的密钥</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发机构</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>密钥标识</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>Trust bundle version %1 from %2, issued %3, expires %4. Signed by %5 (SHA-256 %6…).</source>
        <translation>信任包版本 %1，发布方 %2，签发于 %3，有效期至 %4。签名者 %5（SHA-256 %6…）。</translation>
    </message>
    <message>
        <source>an unnamed publisher</source>
        <translation>未署名的发布方</translation>
    </message>
    <message>
        <source>The newest bundle could not be used; this is the last good one.</source>
        <translation>最新的信任包无法使用；当前使用的是上一个可用版本。</translation>
    </message>
    <message>
        <source>Trust from files (no signed trust bundle): its age is not known.</source>
        <translation>信任来自文件（无签名信任包）：无法得知其时效。</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n day(s) old (warning after %1 days, refused after %2).</source>
        <translation><numerusform>信任列表为最新：已有 %n 天（%1 天后提醒，%2 天后拒绝）。</numerusform></translation>
    </message>
    <message>
        <source>Not valid now</source>
        <translation>当前无效</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::VerdictIcon</name>
    <message>
        <source>Verdict symbol</source>
        <translation>结论图标</translation>
    </message>
</context>
<context>
    <name>CertDesk::Ui::VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>请扫描</translation>
    </message>
    <message>
        <source>Hold the certificate's QR code in front of the camera, scan it, or drop a file here.</source>
        <translation>请将证书二维码对准摄像头、用扫描枪扫描，或将文件拖放到此处。</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Certificate type</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <source>QR text encoding (Base45)</source>
        <translation>二维码文本编码（Base45）</translation>
    </message>
    <message>
        <source>Decompression</source>
        <translation>解压缩</translation>
    </message>
    <message>
        <source>Signed envelope (COSE)</source>
        <translation>签名封装（COSE）</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Issuer key found</source>
        <translation>找到签发方密钥</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Content readable</source>
        <translation>内容可读</translation>
    </message>
    <message>
        <source>Issuer key valid when signed</source>
        <translation>签发时签发方密钥有效</translation>
    </message>
    <message>
        <source>Issuer key allowed for this type</source>
        <translation>签发方密钥可签发此类证书</translation>
    </message>
    <message>
        <source>Certificate validity period</source>
        <translation>证书有效期</translation>
    </message>
    <message>
        <source>Content complete and well-formed</source>
        <translation>内容完整且格式正确</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>未被撤销</translation>
    </message>
    <message>
        <source>Entry policy</source>
        <translation>入境政策</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>This code is not a health certificate.</source>
        <translation>此二维码不是健康证明。</translation>
    </message>
    <message>
        <source>The code is damaged and cannot be read.</source>
        <translation>二维码已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The code is larger than any genuine certificate.</source>
        <translation>二维码内容超出任何真实证书的大小。</translation>
    </message>
    <message>
        <source>The certificate uses a signature method that is not allowed.</source>
        <translation>证书使用了不被允许的签名方式。</translation>
    </message>
    <message>
        <source>The issuer's key is not among the trusted keys.</source>
        <translation>签发方密钥不在受信任密钥之列。</translation>
    </message>
    <message>
        <source>Signature does not match the issuer's key.</source>
        <translation>签名与签发方密钥不符。</translation>
    </message>
    <message>
        <source>The signature could not be checked on this station.</source>
        <translation>本工作站无法校验该签名。</translation>
    </message>
    <message>
        <source>The issuer's key was not valid when the certificate was issued.</source>
        <translation>证书签发时签发方密钥无效。</translation>
    </message>
    <message>
        <source>The issuer's key may not sign this kind of certificate.</source>
        <translation>签发方密钥无权签发此类证书。</translation>
    </message>
    <message>
        <source>The issuer's key is not vouched for by a trusted authority.</source>
        <translation>签发方密钥未经受信任机构认证。</translation>
    </message>
    <message>
        <source>The certificate is dated in the future.</source>
        <translation>证书的签发时间晚于当前时间。</translation>
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
        <source>The certificate's content is malformed.</source>
        <translation>证书内容格式错误。</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>证书已被撤销。</translation>
    </message>
    <message>
        <source>The entry policy is not met.</source>
        <translation>不符合入境政策。</translation>
    </message>
    <message>
        <source>The certificate failed a check.</source>
        <translation>证书未通过检查。</translation>
    </message>
    <message>
        <source>Genuine: the signature matches a trusted issuer's key.</source>
        <translation>真实有效：签名与受信任的签发方密钥相符。</translation>
    </message>
    <message>
        <source>Genuine: signed with a trusted key of issuer %1.</source>
        <translation>真实有效：由签发方 %1 的受信任密钥签名。</translation>
    </message>
    <message>
        <source>Valid until %1 (%2).</source>
        <translation>有效期至 %1（%2）。</translation>
    </message>
    <message>
        <source>The certificate expired %1 (%2).</source>
        <translation>证书已于%1过期（%2）。</translation>
    </message>
    <message>
        <source>The certificate is dated in the future: issued %1 (%2).</source>
        <translation>证书的签发时间晚于当前时间：签发于%1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s): see Explain.</source>
        <translation><numerusform>另有 %n 个问题，见详细说明。</numerusform></translation>
    </message>
    <message>
        <source>Entry policy not met: %1.</source>
        <translation>不符合入境政策：%1。</translation>
    </message>
    <message>
        <source>This station's trust list is out of date: update it before relying on any verdict.</source>
        <translation>本站信任列表已过期：请先更新，再依据任何验证结果。</translation>
    </message>
    <message>
        <source>This station's clock is wrong: it is earlier than the trust list was issued.</source>
        <translation>本站时钟有误：早于信任列表的签发时间。</translation>
    </message>
</context>
<context>
    <name>StationJournal</name>
    <message>
        <source>the journal is not open</source>
        <translation>日志未打开</translation>
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
    <message>
        <source>Preparing the demonstration…</source>
        <translation>正在准备演示…</translation>
    </message>
    <message>
        <source>The demonstration could not be prepared: %1</source>
        <translation>无法准备演示：%1</translation>
    </message>
    <message>
        <source>CertDesk verification station</source>
        <translation>CertDesk 查验工作站</translation>
    </message>
    <message>
        <source>Trust material (repeatable).</source>
        <translation>信任材料（可多次指定）。</translation>
    </message>
    <message>
        <source>Key that signs the DSC list.</source>
        <translation>签署 DSC 列表的密钥。</translation>
    </message>
    <message>
        <source>Full screen, large type, no menus.</source>
        <translation>全屏、大字体、无菜单。</translation>
    </message>
    <message>
        <source>Camera by name or index.</source>
        <translation>按名称或序号指定摄像头。</translation>
    </message>
    <message>
        <source>Play a video file or image sequence (frames/%04d.png) as the camera.</source>
        <translation>将视频文件或图像序列（frames/%04d.png）作为摄像头播放。</translation>
    </message>
    <message>
        <source>Frame rate of an image sequence (30).</source>
        <translation>图像序列的帧率（默认 30）。</translation>
    </message>
    <message>
        <source>Seconds the details stay on screen.</source>
        <translation>详情在屏幕上保留的秒数。</translation>
    </message>
    <message>
        <source>Quit when the --source has been played.</source>
        <translation>--source 播放完毕后退出。</translation>
    </message>
    <message>
        <source>At exit, write verdicts, latencies, preview rate and memory as JSON.</source>
        <translation>退出时以 JSON 写出查验结论、延迟、预览帧率和内存占用。</translation>
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation>将窗口保存为 PNG 后退出。</translation>
    </message>
    <message>
        <source>Take the screenshot this many ms after the first verdict (800).</source>
        <translation>在首个查验结论出现后多少毫秒截图（默认 800）。</translation>
    </message>
    <message>
        <source>Play generated specimen certificates through the camera pipeline, with specimen trust (also when no camera is found).</source>
        <translation>以样例信任通过摄像头流程播放生成的样例证书（未找到摄像头时亦然）。</translation>
    </message>
    <message>
        <source>The journal database (default: the station's, as certdesk-cli's).</source>
        <translation>日志数据库（默认：本工作站的，与 certdesk-cli 相同）。</translation>
    </message>
    <message>
        <source>Verify as of this instant (RFC 3339), for training and replays.</source>
        <translation>按此时刻（RFC 3339）查验，用于培训和回放。</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>NOT JOURNALED: %1</source>
        <translation>未记录日志：%1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>The journal cannot be written, so verifications will not be recorded:
%1</source>
        <translation>无法写入日志，查验将不会被记录：
%1</translation>
    </message>
    <message>
        <source>Journaled as row %1</source>
        <translation>已记入日志第 %1 行</translation>
    </message>
    <message>
        <source>Camera %1 not found. Scan with a hand-held scanner, paste a code, or open certificate files (File &gt; Open).</source>
        <translation>未找到摄像头 %1。请使用手持扫描枪扫描、粘贴二维码，或打开证书文件（文件 &gt; 打开）。</translation>
    </message>
    <message>
        <source>Journal retention failed: %1</source>
        <translation>日志保留期清理失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal row(s) older than the retention period removed.</source>
        <translation><numerusform>已删除 %n 条超过保留期的日志记录。</numerusform></translation>
    </message>
    <message>
        <source>The block was saved but could not be journaled:
%1</source>
        <translation>拉黑已保存，但未能记入日志：
%1</translation>
    </message>
    <message>
        <source>Revocation lists</source>
        <translation>吊销列表</translation>
    </message>
    <message>
        <source>Some revocation lists could not be loaded, so revocation is not checked:
%1</source>
        <translation>部分吊销列表无法加载，因此不检查吊销状态：
%1</translation>
    </message>
</context>
</TS>
