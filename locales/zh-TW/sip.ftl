# sipstatus：SIP 回應原因短語，繁體中文（台灣）。
# 用語簡短，適合桌上型話機或交換機的顯示螢幕。

## 回應類別

class-provisional = 臨時回應
class-success = 成功
class-redirection = 重新導向
class-client-failure = 用戶端錯誤
class-server-failure = 伺服器錯誤
class-global-failure = 全域錯誤

## 1xx：臨時回應

sip-100 = 處理中
    .description = 要求已收到並正在處理，例如代理伺服器正在尋找受話方。
sip-180 = 響鈴中
    .description = 受話方的話機已收到來電，正在響鈴通知使用者。
sip-181 = 轉接中
    .description = 通話正在轉接至另一個目的地。
sip-182 = 排隊等候中
    .description = 受話方目前無法接聽，通話已排入佇列，等候其可以接聽。
sip-183 = 通話建立中
    .description = 通話正在建立，已可提供回鈴音或語音公告等早期資訊。
sip-199 = 早期對話已結束
    .description = 為此通話建立的早期對話，在接聽前已結束。

## 2xx：成功

sip-200 = OK
    .description = 要求已成功。
sip-202 = 已接受
    .description = 要求已接受處理，但尚未完成；自 RFC 6665 起已不建議使用。
sip-204 = 無通知
    .description = 訂閱已成功更新，但不會為此傳送通知。

## 3xx：重新導向

sip-300 = 多個目的地
    .description = 此位址對應到多個目的地並列於回應中，發話方可從中選擇。
sip-301 = 永久移動
    .description = 受話方已無法透過此位址聯絡，已永久移至回應中提供的位址。
sip-302 = 暫時移動
    .description = 受話方暫時可透過回應中提供的位址聯絡。
sip-305 = 須使用代理伺服器
    .description = 必須透過回應中指定的代理伺服器才能聯絡受話方。
sip-380 = 替代服務
    .description = 通話失敗，但回應中說明了可用的替代服務。

## 4xx：用戶端錯誤

sip-400 = 錯誤的要求
    .description = 要求的語法有誤，無法理解。
sip-401 = 需要驗證
    .description = 此要求需要經受話方或註冊伺服器進行使用者驗證。
sip-402 = 需要付費
    .description = 保留供日後使用。
sip-403 = 禁止存取
    .description = 伺服器理解此要求，但拒絕執行。
sip-404 = 找不到使用者
    .description = 要求中指定的網域內找不到受話使用者。
sip-405 = 不允許的方法
    .description = 可識別此要求的方法，但此位址不允許使用。
sip-406 = 內容無法接受
    .description = 受話方只能以要求中宣告不接受的內容格式回應。
sip-407 = 需要代理伺服器驗證
    .short = 需代理驗證
    .description = 發話方必須先向代理伺服器完成驗證。
sip-408 = 要求逾時
    .description = 伺服器未能及時回應，例如因為找不到受話方的位置。
sip-409 = 衝突
    .description = 要求與目前狀態衝突，例如使用者已註冊；僅見於已廢止的 RFC 2543。
sip-410 = 位址已失效
    .description = 此使用者曾經存在，但已無法在此聯絡，也沒有已知的轉接位址。
sip-411 = 需要內容長度
    .description = 伺服器拒絕沒有有效 Content-Length 的要求；僅見於已廢止的 RFC 2543。
sip-412 = 條件式要求失敗
    .description = 要求的某項前提條件不成立，例如發布內容的實體標籤不符。
sip-413 = 要求內容過大
    .description = 要求的本文超過伺服器願意處理的大小。
sip-414 = 要求URI過長
    .description = Request-URI 超過伺服器願意解譯的長度。
sip-415 = 不支援的媒體類型
    .description = 要求本文的格式不受伺服器支援。
sip-416 = 不支援URI格式
    .description = 伺服器無法識別 Request-URI 所用的 URI 格式（scheme）。
sip-417 = 未知的資源優先權
    .description = 要求指定了伺服器無法識別的資源優先權。
sip-420 = 不支援的SIP擴充
    .description = 要求需要伺服器不支援的 SIP 協定擴充功能。
sip-421 = 需要SIP擴充
    .description = 伺服器需要某項 SIP 擴充功能，但要求未列出支援該功能。
sip-422 = 會談間隔過短
    .description = 要求中的會談更新間隔小於伺服器允許的最小值。
sip-423 = 有效期限過短
    .description = 要求的有效期限過短，例如註冊的有效期限。
sip-424 = 位置資訊錯誤
    .description = 要求中的位置資訊格式錯誤或不足。
sip-425 = 警報訊息錯誤
    .description = 一則非互動式緊急警報因格式錯誤而遭拒絕。
sip-428 = 需要Identity標頭
    .description = 伺服器的政策要求 Identity 標頭，但要求中沒有。
sip-429 = 需要轉接者身分
    .description = 要求缺少有效的 Referred-By 權杖（轉接者身分）。
sip-430 = 連線失敗
    .description = 連至使用者代理的某條連線（flow）已失敗，但其他連線可能仍可使用。
sip-433 = 拒絕匿名來電
    .description = 要求因匿名而遭拒絕。
sip-436 = 來電身分資訊錯誤
    .description = 無法使用要求中的發話方身分資訊（Identity-Info），例如無法取得其憑證。
sip-437 = 不支援的憑證
    .description = 伺服器無法驗證簽署此要求之網域的憑證。
sip-438 = Identity標頭無效
    .description = 無法驗證 Identity 標頭中的簽章。
sip-439 = 首個代理不支援Outbound
    .short = 不支援Outbound
    .description = 註冊伺服器支援 Outbound 擴充功能，但路徑上的第一個代理伺服器不支援。
sip-440 = 超過Max-Breadth
    .description = 因 Max-Breadth 已用盡，代理伺服器無法再分岔此要求。
sip-469 = INFO套件無效
    .description = INFO 要求使用了接收方未同意的 Info 套件。
sip-470 = 需要同意
    .description = 傳送方尚未取得接收方對此要求的同意。
sip-480 = 暫時無法接通
    .description = 已找到受話方，但暫時無法接通，例如未登入或開啟勿擾模式。
sip-481 = 通話/交易不存在
    .description = 要求不符合任何現有的通話或交易。
sip-482 = 偵測到迴圈
    .description = 伺服器偵測到路由迴圈。
sip-483 = 躍點過多
    .description = 要求經過的躍點數超過 Max-Forwards 的允許值。
sip-484 = 號碼不完整
    .description = 撥打的號碼或位址不完整。
sip-485 = 位址不明確
    .description = 撥打的位址不明確，符合多個使用者。
sip-486 = 忙線中
    .description = 已找到受話方，但其線路忙線中，目前無法再接聽其他通話。
sip-487 = 發話方已取消
    .description = 受話方接聽前，發話方已取消此通話。
sip-488 = 媒體不相容
    .description = 提供的會談媒體無法接受，例如沒有共通的編解碼器或不支援該媒體類型。
sip-489 = 不支援的事件
    .description = 伺服器無法識別要求中指定的事件套件。
sip-491 = 另一要求處理中
    .description = 同一對話中仍有另一個要求尚未處理完畢。
sip-493 = 無法解密
    .description = 要求包含接收方無法解密的加密本文。
sip-494 = 需要安全協商
    .description = 伺服器要求先協商安全機制，才會接受此要求。

## 5xx：伺服器錯誤

sip-500 = 伺服器內部錯誤
    .description = 伺服器發生非預期的狀況，無法完成要求。
sip-501 = 功能未實作
    .description = 伺服器不支援此要求所需的功能，例如其方法。
sip-502 = 閘道器錯誤
    .description = 閘道器或代理伺服器從下一個伺服器收到無效的回應。
sip-503 = 服務無法使用
    .description = 伺服器暫時超載或正在維護中。
sip-504 = 伺服器逾時
    .description = 伺服器未能及時從所需的另一個伺服器取得回應。
sip-505 = 不支援的SIP版本
    .description = 伺服器不支援要求所用的 SIP 版本。
sip-513 = 訊息過大
    .description = 要求訊息超過伺服器能處理的大小。
sip-555 = 不支援推播服務
    .description = 伺服器不支援要求中指定的推播通知服務。
sip-580 = 前提條件失敗
    .description = 伺服器無法滿足會談所需的前提條件。

## 6xx：全域錯誤

sip-600 = 用戶忙線
    .description = 受話用戶忙線中，且語音信箱等其他目的地也無法接聽此通話。
sip-603 = 對方拒接
    .description = 受話方拒接此通話，且沒有其他目的地可以接聽。
sip-604 = 號碼不存在
    .description = 受話號碼或使用者在任何地方都不存在。
sip-606 = 會談無法接受
    .description = 已找到受話方，但提供的會談有某些方面無法接受。
sip-607 = 已被對方封鎖
    .description = 受話方已將此來電標記為騷擾電話並封鎖，此發話方之後的來電也很可能遭拒絕。
sip-608 = 遭網路攔截
    .description = 攔截此通話的不是受話方，而是網路中的中介設備（例如電信業者的騷擾電話過濾）。

## 7xx：非標準

sip-701 = 對方已掛斷
    .description = 對方已掛斷；這是 SIP 標準以外的協定堆疊內部代碼。
