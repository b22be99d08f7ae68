/**
 * Traditional → simplified characters, one for one, for texts copied from sites that serve
 * traditional characters (行政許可, 辦結, 衛生監督所). A compact table, not a converter: the
 * characters of the reports' vocabulary — the lexicon's cues, commission and organ words, number
 * words (萬, 億, 兩, 個), region names and suffixes (區, 縣) and the common words around them —
 * about 727 pairs, ~4 KB, against the ~1 MB of a full OpenCC dictionary the worker would
 * have to load. Only unambiguous one-to-one pairs are in it (no 乾/幹→干 guesswork, no 著/着).
 * Because each character maps to one character, offsets do not move: quotes stay exact
 * substrings of the original text, in the characters it was written in.
 */
const TRADITIONAL =
  '衛許辦結處罰檢監執審務級機構醫療藥員業單項個會議訴訟復複舉報訪學習講訓練試證傳資發諮詢網絡區縣廣東華龍雲貴遼寧陝蘇門開關' +
  '於與為這對將進實現場戶萬億兩數據條歲齡職責護飲產環輻診義體創範規劃計總經濟農鄉鎮沒違決書屬蓋達滿調糾紛積組織導領黨幹問題' +
  '專週時間後應隊錄檔標準統備類別種廳長號運動閱讀參強園圍際國內優營還無訂製點線費額獎懲設維權圓錢財並聯隨記簽頒換認識觀轉變' +
  '帶頭親貫徹熱愛說話請課聽歸屆狀況稱廢銷補續紀綜測驗質價態興舊響齊層衝鬥憲剛嚴厲懷勵勞倫傷儀償從徑徵戰擔擴擊擁攜敵斷暫曆歷' +
  '樣橋歡氣沖淨減滅漢潔澤濱灣烏爭牆獨獲瑪畢異當癥盡盤確礎禮禍禦稅穩窮競筆節篩簡糧係紅納紙紹終給絕綫緊編緩縮罷羅聖聞聲肅脅腦' +
  '臨艱藝蘭蟲衆裝見視覽覺討託訊詳誌誠誤誰談論諸謀謝譯豐負貢貨販貧賀賓賞購贈趕車軍軟載輔輕輸轄辭邊遷遺郵鄰釋針鋼錯鍵鏈鐵閉閘' +
  '闆陳陸陰陽險隱雙雜離難電靜頁須預頻顧顯風飛養館馬髮鬆魚鳥鹽麗麥黃齒慶漿瀋濰滬蘄臺嶺廈峽傢壩壽夠奪婦嬰孫寶寫寬尋嶽幣幫廠彈' +
  '慮憂懸戲擬擾攤敗敘斂晉曉棄樓樂橫殺毀氫湯溝滯漁災煙燈爐猶獻瑣畫瘧皺盜眾碼礙禱禪稟窩竊筍築籤粵糞約綁綱綠緣縱繪繳纖罈羣翹膚' +
  '膽艙莊萊葉蓮蔣蘋虧螢襯覈詐該誘語謂讓貝貸賃賬賭賴贊趨跡蹤軌較輩輪遞遠適選鄭醜釀銀銳鋪鍋鎖鏡鐘闊闢隸雞霧韋韓頂順頓頗頸願飯' +
  '飽餘騎騙驅骯鬧魯鮮鳳鴻鵬鶴麼龜臟腎膠癒癱穀穫窯糰團圖塊塗塵墊墳壓壞殘殯氾滷澇瀏瀝瀾灑煉熗燒燦燭爺牽犢獄獅獸瓊甕癟皚盞睜瞞' +
  '礦禎稈穌窪竄竅筧簍籃籌籠糴緝縫繃繩繼纏纜罌羈翺聳脹腫膩臘艦芻蒼蓯蕩薦薩藍蘆虜蝕蠅蠍蠶衊襖覓觸訃訛訝詛詠誇諷謊謎謗譏譴讚豎' +
  '豬貓賊賑賠賢贓贖躍軀轟辮迴遜遲鄧醞釘鈍鈔鉛銅鋸錦鍛鎔鏽鑄鑰閃閩闖闡阨陣隴雖靂靈韻頃頌頰顆顛颱颳飄飢餅餵饑駐駕騰驟髒鬍鬱魘' +
  '鯨鴨鵝鷹鹵麵黴';
const SIMPLIFIED =
  '卫许办结处罚检监执审务级机构医疗药员业单项个会议诉讼复复举报访学习讲训练试证传资发咨询网络区县广东华龙云贵辽宁陕苏门开关' +
  '于与为这对将进实现场户万亿两数据条岁龄职责护饮产环辐诊义体创范规划计总经济农乡镇没违决书属盖达满调纠纷积组织导领党干问题' +
  '专周时间后应队录档标准统备类别种厅长号运动阅读参强园围际国内优营还无订制点线费额奖惩设维权圆钱财并联随记签颁换认识观转变' +
  '带头亲贯彻热爱说话请课听归届状况称废销补续纪综测验质价态兴旧响齐层冲斗宪刚严厉怀励劳伦伤仪偿从径征战担扩击拥携敌断暂历历' +
  '样桥欢气冲净减灭汉洁泽滨湾乌争墙独获玛毕异当症尽盘确础礼祸御税稳穷竞笔节筛简粮系红纳纸绍终给绝线紧编缓缩罢罗圣闻声肃胁脑' +
  '临艰艺兰虫众装见视览觉讨托讯详志诚误谁谈论诸谋谢译丰负贡货贩贫贺宾赏购赠赶车军软载辅轻输辖辞边迁遗邮邻释针钢错键链铁闭闸' +
  '板陈陆阴阳险隐双杂离难电静页须预频顾显风飞养馆马发松鱼鸟盐丽麦黄齿庆浆沈潍沪蕲台岭厦峡家坝寿够夺妇婴孙宝写宽寻岳币帮厂弹' +
  '虑忧悬戏拟扰摊败叙敛晋晓弃楼乐横杀毁氢汤沟滞渔灾烟灯炉犹献琐画疟皱盗众码碍祷禅禀窝窃笋筑签粤粪约绑纲绿缘纵绘缴纤坛群翘肤' +
  '胆舱庄莱叶莲蒋苹亏萤衬核诈该诱语谓让贝贷赁账赌赖赞趋迹踪轨较辈轮递远适选郑丑酿银锐铺锅锁镜钟阔辟隶鸡雾韦韩顶顺顿颇颈愿饭' +
  '饱余骑骗驱肮闹鲁鲜凤鸿鹏鹤么龟脏肾胶愈瘫谷获窑团团图块涂尘垫坟压坏残殡泛卤涝浏沥澜洒炼炝烧灿烛爷牵犊狱狮兽琼瓮瘪皑盏睁瞒' +
  '矿祯秆稣洼窜窍笕篓篮筹笼籴缉缝绷绳继缠缆罂羁翱耸胀肿腻腊舰刍苍苁荡荐萨蓝芦虏蚀蝇蝎蚕蔑袄觅触讣讹讶诅咏夸讽谎谜谤讥谴赞竖' +
  '猪猫贼赈赔贤赃赎跃躯轰辫回逊迟邓酝钉钝钞铅铜锯锦锻熔锈铸钥闪闽闯阐厄阵陇虽雳灵韵顷颂颊颗颠台刮飘饥饼喂饥驻驾腾骤脏胡郁魇' +
  '鲸鸭鹅鹰卤面霉';

const table = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) table.set(TRADITIONAL[i] ?? '', SIMPLIFIED[i] ?? '');

/** The simplified form of one character (itself when it has none in the table). */
export const toSimplified = (ch: string): string => table.get(ch) ?? ch;
