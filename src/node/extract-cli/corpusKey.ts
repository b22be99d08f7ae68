/**
 * Where each corpus report belongs, by GB/T 2260 code (../shared/corpus/expected gives the unit's
 * name, level and province, not its code). Looked up by hand in the table for the names the
 * expected files give. 金普新区 has no code of its own: it stands as a document of 大连市.
 */
export const corpusRegionCodes: Readonly<Record<string, string>> = {
  '01_haining_2024': '330481',
  '02_xiangshan_2024': '330225',
  '03_kaizhou_2022': '500154',
  '04_changshou_2022': '500115',
  '05_nanchuan_2024': '500119',
  '06_jiulongpo_2025': '500107',
  '07_jinghai_2022': '120118',
  '08_putuo_2025': '310107',
  '09_huancui_2025': '371002',
  '10_jiangyuan_2025': '220605',
  '11_jinpu_2025': '210200',
  '12_haifeng_2025': '441521',
  '13_zijin_2025': '441621',
  '14_yongding_2025': '350803',
  '15_nanan_2024': '350583',
  '16_liujiang_2025': '450206',
  '17_shilin_2022': '530126',
  '18_suqian_2023': '321300',
  '19_xuchang_2023': '411000',
  '20_shiyan_2024': '420300',
  '21_qinhuangdao_2025': '130300',
  '22_guangzhou_2024': '440100',
  '23_sanming_2022': '350400',
};
