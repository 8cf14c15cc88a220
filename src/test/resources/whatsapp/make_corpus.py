# Writes the WhatsApp fixture corpus: one .txt per layout plus a .expect with what must be read.
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus')
os.makedirs(OUT, exist_ok=True)
L, R, NB, NN, LRE, PDF, BOM = '\u200e', '\u200f', '\u00a0', '\u202f', '\u202a', '\u202c', '\ufeff'
E2E = 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.'
E2E_IOS = L + 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.'
F = []
def fx(id, name, lines, entries, system, authors, first, last, order, kinds='', eol='\n'):
    F.append((id, name, lines, entries, system, authors, first, last, order, kinds, eol))

fx('A01', 'A1 Android d/M/yyyy 24h', [
 '23/03/2022, 13:31 - ' + E2E,
 '18/03/2022, 14:56 - Mara Quill: Did the plants survive the frost?',
 '18/03/2022, 15:02 - Teo Brandt: Two of them did.',
 'The fern is a lost cause though.',
 '19/03/2022, 08:10 - Mara Quill: <Media omitted>',
 '19/03/2022, 08:11 - Teo Brandt: This message was deleted'],
 4, 1, 'Mara Quill=2,Teo Brandt=2', '2022-03-18T14:56', '2022-03-19T08:11',
 'day/month/year: line 1 has 23/03/2022', 'MEDIA=1,DELETED=1')
fx('A02', 'A2 Android M/d/yy 12h AM PM', [
 '1/29/18, 11:47 PM - Ines Vale: Are you still up?',
 '1/29/18, 11:52 PM - Oskar Lind: Barely',
 '1/30/18, 12:05 AM - Ines Vale: <Media omitted>',
 '1/30/18, 12:15 PM - Oskar Lind: Missed voice call'],
 4, 0, 'Ines Vale=2,Oskar Lind=2', '2018-01-29T23:47', '2018-01-30T12:15',
 'month/day/year: line 1 has 1/29/18', 'MEDIA=1,MISSED_CALL=1')
fx('A03', 'A3 Android NNBSP before PM, lower case pm', [
 '1/4/23, 7:02' + NN + 'PM - ' + E2E,
 '1/4/23, 7:03' + NN + 'PM - Ruth Amsel: Made it home',
 '1/4/23, 7:15' + NN + 'pm - Jonas Pike: Good \U0001F642',
 '1/14/23, 9:00' + NN + 'AM - Ruth Amsel: \U0001F469\U0001F3FB\u200d\u2696\ufe0f court today'],
 3, 1, 'Ruth Amsel=2,Jonas Pike=1', '2023-01-04T19:03', '2023-01-14T09:00',
 'month/day/year: line 4 has 1/14/23')
fx('A04', 'A4 Android dd.MM.yy de with phone sender', [
 '17.02.19, 12:28 - +49 151 5550 1234: Wir warten schon!',
 '17.02.19, 12:30 - Petra Holm: Bin gleich da',
 '18.02.19, 09:01 - Petra Holm: <Medien ausgeschlossen>',
 '18.02.19, 09:02 - Petra Holm: IMG-20190218-WA0001.jpg (Datei angehängt)'],
 4, 0, '+49 151 5550 1234=1,Petra Holm=3', '2019-02-17T12:28', '2019-02-18T09:02',
 'day/month/year: line 1 has 17.02.19', 'MEDIA=2')
fx('A05', 'A5 Android cs dd.MM.yy without comma', [
 '23.03.22 13:31 - Zprávy a hovory jsou koncově šifrované. Nikdo mimo tento chat je nemůže číst.',
 '23.03.22 13:35 - Vera Novak: Ahoj, jak se máš?',
 '24.03.22 07:50 - Karel Dvorsky: Dobře, díky',
 '24.03.22 07:51 - Karel Dvorsky: < Média vynechána >'],
 3, 1, 'Vera Novak=1,Karel Dvorsky=2', '2022-03-23T13:35', '2022-03-24T07:51',
 'day/month/year: line 1 has 23.03.22', 'MEDIA=1')
fx('A06', 'A6 Android nl dd-MM-yyyy with attachment and caption', [
 '23-03-2022 13:31 - Berichten en oproepen zijn end-to-end versleuteld.',
 '23-03-2022 13:40 - Lotte Smit: Hoi!',
 '23-03-2022 13:41 - Daan Vos: IMG-20220323-WA0002.jpg (bestand bijgevoegd)',
 'mooi uitzicht vanaf de dijk',
 '23-03-2022 13:45 - Lotte Smit: Dit bericht is verwijderd'],
 3, 1, 'Lotte Smit=2,Daan Vos=1', '2022-03-23T13:40', '2022-03-23T13:45',
 'day/month/year: line 1 has 23-03-2022', 'MEDIA=1,DELETED=1')
fx('A07', 'A7 Android en_CA yyyy-MM-dd a.m.', [
 '2019-08-06, 7:03 a.m. - Messages to this group are now secured with end-to-end encryption. Tap for more info.',
 '2019-08-06, 7:05 a.m. - Nora Beck: Morning all',
 '2019-08-06, 12:10 p.m. - Sam Okafor: Lunch?',
 '2019-08-07, 12:30 a.m. - Nora Beck: Cannot sleep'],
 3, 1, 'Nora Beck=2,Sam Okafor=1', '2019-08-06T07:05', '2019-08-07T00:30',
 'year/month/day')
fx('A08', 'A8 Android en_ZA yyyy/MM/dd pm with small fields', [
 '2023/01/02, 5:46 pm - Farah Dube: \U0001F44B\U0001F3FC',
 '2023/01/02, 8:01 pm - Lwazi Mokoena: Hello hello',
 '2023/01/03, 6:15 am - Farah Dube: location: https://maps.google.com/?q=-26.2041,28.0473'],
 3, 0, 'Farah Dube=2,Lwazi Mokoena=1', '2023-01-02T17:46', '2023-01-03T06:15',
 'year/month/day', 'LOCATION=1')
fx('A09', 'A9 Spanish p. m. with NBSP', [
 '20/6/2017 8:28 p.' + NB + 'm. - Lucía Ferrer: hola',
 '20/6/2017 8:30 p.' + NB + 'm. - Tomás Gil: ¿qué tal?',
 '21/6/2017 9:05 a.' + NB + 'm. - Lucía Ferrer: <Archivo omitido>',
 '22/6/2017 12:40 a.' + NB + 'm. - Tomás Gil: Llamada de voz perdida'],
 4, 0, 'Lucía Ferrer=2,Tomás Gil=2', '2017-06-20T20:28', '2017-06-22T00:40',
 'day/month/year: line 1 has 20/6/2017', 'MEDIA=1,MISSED_CALL=1')
fx('A10', 'A10 English in the morning, afternoon, evening, at night (ambiguous order)', [
 '03/01/2021, 9:15 in the morning - Wren Hale: Coffee later?',
 '03/01/2021, 3:07 in the afternoon - Idris Cole: Sure',
 '03/01/2021, 7:40 in the evening - Wren Hale: Running late',
 '03/01/2021, 11:20 at night - Idris Cole: Home now',
 '04/01/2021, 1:10 at night - Wren Hale: Still awake'],
 5, 0, 'Wren Hale=3,Idris Cole=2', '2021-01-03T09:15', '2021-01-04T01:10',
 'nothing in the file proves it')
fx('A11', 'A11 Finnish klo with dotted time', [
 '31.5.2019 klo 16.58 - Aino Laine: Moi!',
 '31.5.2019 klo 17.02 - Eero Koski: Moi moi',
 '1.6.2019 klo 9.15 - Aino Laine: Tämä viesti poistettiin.'],
 3, 0, 'Aino Laine=2,Eero Koski=1', '2019-05-31T16:58', '2019-06-01T09:15',
 'day/month/year: line 1 has 31.5.2019', 'DELETED=1')
fx('A12', 'A12 Android 2013 time first with month name, events under the exporter', [
 '19:20, 28 Aug 2013 - Ravi Menon: Kiran changed the subject to “Sunday hike”',
 '19:21, 28 Aug 2013 - Ravi Menon: Asha joined',
 '19:23, 28 Aug 2013 - Ravi Menon: Are we still on for Sunday?',
 '19:30, 28 Aug 2013 - Kiran Das: Yes, ten sharp',
 '08:02, 1 Sep 2013 - Ravi Menon: See you there'],
 3, 2, 'Ravi Menon=2,Kiran Das=1', '2013-08-28T19:23', '2013-09-01T08:02', 'none')
fx('A13', 'A13 Android 2014 day month name without year', [
 '18 Mar 12:14 - Sadie Moss was added',
 '18 Mar 12:15 - Beth Arlo: Welcome Sadie',
 '2 Dec 21:40 - Sadie Moss: Thanks!',
 '3 Jan 08:00 - Beth Arlo: Happy new year'],
 3, 1, 'Beth Arlo=2,Sadie Moss=1', '2013-03-18T12:15', '2014-01-03T08:00',
 'writes no years')
fx('A14', 'A14 Android month name first, no year, PM', [
 'Mar 5, 8:11 PM - Anil Roy: Whoa.',
 'Mar 5, 8:12 PM - Meena Iyer: I know',
 'Mar 6, 9:00 AM - Anil Roy: Still thinking about it'],
 3, 0, 'Anil Roy=2,Meena Iyer=1', '2014-03-05T20:11', '2014-03-06T09:00', 'writes no years')
fx('A15', 'A15 yyyy/MM/dd with a dot after the time', [
 '2022/12/14, 13:34. - Jo Marsh: Parcel arrived',
 '2022/12/14, 13:40. - Pia Lund: Finally!'],
 2, 0, 'Jo Marsh=1,Pia Lund=1', '2022-12-14T13:34', '2022-12-14T13:40', 'year/month/day')
fx('A16', 'A16 MM/dd/yy seconds and EN DASH', [
 '09/17/19, 8:30:52 AM – Dale Ford: Morning',
 '09/17/19, 8:31:10 pm – Gina Ross: morning!'],
 2, 0, 'Dale Ford=1,Gina Ross=1', '2019-09-17T08:30:52', '2019-09-17T20:31:10',
 'month/day/year: line 1 has 09/17/19')
fx('A17', 'A French Android with à', [
 '26/09/2019 à 22:39 - Paul Roux: Salut :)',
 '26/09/2019 à 22:41 - Anne Blanc: <Fichier omis>'],
 2, 0, 'Paul Roux=1,Anne Blanc=1', '2019-09-26T22:39', '2019-09-26T22:41',
 'day/month/year: line 1 has 26/09/2019', 'MEDIA=1')
fx('A18', 'A Persian Android Extended Arabic-Indic digits', [
 '۲۰۲۱/۵/۳۰، ۱۸:۴۴ - Dara Karimi: سلام',
 '۲۰۲۱/۵/۳۰، ۱۸:۴۶ - Sima Rahimi: این پیام حذف شد'],
 2, 0, 'Dara Karimi=1,Sima Rahimi=1', '2021-05-30T18:44', '2021-05-30T18:46', 'year/month/day',
 'DELETED=1')
fx('A19', 'A Korean marker before the time, dotted year-first date', [
 '2023. 1. 5. 오후 3:15 - Kim Minji: 안녕',
 '2023. 1. 5. 오전 11:02 - Park Joon: 좋은 아침',
 '2023. 1. 6. 오후 12:30 - Kim Minji: 부재중 전화'],
 3, 0, 'Kim Minji=2,Park Joon=1', '2023-01-05T15:15', '2023-01-06T12:30', 'year/month/day',
 'MISSED_CALL=1')
fx('A20', 'A Chinese marker after the time', [
 '2023/1/5 3:15下午 - Wang Fang: 你好',
 '2023/1/5 9:00上午 - Li Wei: 早上好'],
 2, 0, 'Wang Fang=1,Li Wei=1', '2023-01-05T15:15', '2023-01-05T09:00', 'year/month/day')

fx('I01', 'I1 iPhone M/d/yy 24h CRLF with attributed E2E notice', [
 '[3/18/22, 14:56:01] Nils Berg: ' + E2E_IOS,
 '[3/18/22, 14:56:05] Nils Berg: Hey, are you around this weekend?',
 '[3/18/22, 15:01:40] Aya Mori: Maybe Sunday',
 '[3/19/22, 09:12:00] Nils Berg: ' + L + 'This message was deleted.'],
 3, 1, 'Nils Berg=2,Aya Mori=1', '2022-03-18T14:56:05', '2022-03-19T09:12',
 'month/day/year: line 1 has 3/18/22', 'DELETED=1', eol='\r\n')
fx('I02', 'I2 iPhone media lines with LRM before the bracket', [
 L + '[3/27/22, 21:41:55] Aya Mori: ' + L + 'image omitted',
 '[3/27/22, 21:42:10] Nils Berg: nice!',
 L + '[3/27/22, 21:43:00] Aya Mori: ' + L + '<attached: 00000035-PHOTO-2022-03-27-21-43-00.jpg>',
 L + '[3/27/22, 21:44:00] Nils Berg: ' + L + 'Location: https://maps.google.com/?q=51.5,-0.12',
 L + '[3/27/22, 21:45:00] Aya Mori: ' + L + 'video omitted',
 '[3/27/22, 21:46:00] Aya Mori: ' + L + 'Your security code with Nils Berg changed. ' + L + 'Tap to learn more.'],
 5, 1, 'Aya Mori=3,Nils Berg=2', '2022-03-27T21:41:55', '2022-03-27T21:45',
 'month/day/year: line 1 has 3/27/22', 'MEDIA=3,LOCATION=1', eol='\r\n')
fx('I03', 'I3 iPhone dd.MM.yy', [
 '[20.06.19, 15:58:53] Jana Keller: Hey \U0001F44B',
 '[20.06.19, 16:01:02] Luca Weber: Hallo!',
 '[21.06.19, 08:00:00] Jana Keller: ' + L + 'Audio weggelassen'],
 3, 0, 'Jana Keller=2,Luca Weber=1', '2019-06-20T15:58:53', '2019-06-21T08:00',
 'day/month/year: line 1 has 20.06.19', 'MEDIA=1', eol='\r\n')
fx('I04', 'I4 iPhone 2025 NNBSP PM, empty body, business notice', [
 '[13/11/2025, 12:25:55' + NN + 'PM] Shop Nile: ' + L + 'This business uses a secure service from Meta to manage this chat. Tap to learn more.',
 '[13/11/2025, 12:25:55' + NN + 'PM] Shop Nile:',
 '[13/11/2025, 9:09:43' + NN + 'AM] Shop Nile: Your order has shipped',
 '[13/11/2025, 9:15:00' + NN + 'AM] Hana Saleh: Thank you'],
 3, 1, 'Shop Nile=2,Hana Saleh=1', '2025-11-13T12:25:55', '2025-11-13T09:15',
 'day/month/year: line 1 has 13/11/2025', eol='\r\n')
fx('I05', 'I5 iPhone fr/ja no comma', [
 '[3/18/22 14:56:00] Claire Dubois: Salut !',
 '[3/18/22 14:57:30] Marc Petit: ' + L + 'image absente'],
 2, 0, 'Claire Dubois=1,Marc Petit=1', '2022-03-18T14:56', '2022-03-18T14:57:30',
 'month/day/year: line 1 has 3/18/22', 'MEDIA=1', eol='\r\n')
fx('I06', 'I6 iPhone id dotted time', [
 '[3/18/22 14.56.01] Budi Santoso: Halo',
 '[3/18/22 14.57.00] Sari Wijaya: ' + L + 'gambar tidak disertakan'],
 2, 0, 'Budi Santoso=1,Sari Wijaya=1', '2022-03-18T14:56:01', '2022-03-18T14:57',
 'month/day/year: line 1 has 3/18/22', 'MEDIA=1', eol='\r\n')
fx('I07', 'I7 iPhone vi time first', [
 '[14:56:01, 3/18/22] Minh Tran: Chào bạn',
 '[14:58:11, 3/18/22] Lan Pham: Chào!',
 '[09:00:00, 3/19/22] Minh Tran: ' + L + 'Tin nhắn này đã bị xóa.'],
 3, 0, 'Minh Tran=2,Lan Pham=1', '2022-03-18T14:56:01', '2022-03-19T09:00',
 'month/day/year: line 1 has 3/18/22', 'DELETED=1', eol='\r\n')
fx('I08', 'I8 iPhone ar RLM in date and Arabic comma', [
 '[' + R + '18' + R + '/3' + R + '/2022، 14:56:01] Omar Haddad: مرحبا',
 '[' + R + '18' + R + '/3' + R + '/2022، 14:58:00] Layla Nasser: أهلا'],
 2, 0, 'Omar Haddad=1,Layla Nasser=1', '2022-03-18T14:56:01', '2022-03-18T14:58',
 'day/month/year: line 1 has 18/3/2022', eol='\r\n')
fx('I09', 'I9 iPhone ar Arabic-Indic digits with NBSP م and ص', [
 '[١٨' + R + '/٣' + R + '/٢٠٢٢، ٢:٥٦:٠٠' + NB + 'م] Omar Haddad: مرحبا',
 '[١٨' + R + '/٣' + R + '/٢٠٢٢، ٩:٠٥:١٠' + NB + 'ص] Layla Nasser: ' + R + 'لم يتم إدراج الصورة',
 '[١٨' + R + '/٣' + R + '/٢٠٢٢، ١٢:٠٠:٠٠' + NB + 'ص] Layla Nasser: ' + R + 'تم حذف هذه الرسالة.'],
 3, 0, 'Omar Haddad=1,Layla Nasser=2', '2022-03-18T14:56', '2022-03-18T00:00',
 'day/month/year: line 1 has ١٨/٣/٢٠٢٢', 'MEDIA=1,DELETED=1', eol='\r\n')
fx('I10', 'I10 iPhone Buddhist year 2565 BE', [
 '[3/18/2565 BE, 14:56:01] Somchai Wong: สวัสดี',
 '[3/18/2565 BE, 14:57:01] Nok Chai: ' + L + 'ไม่มีรูปภาพ'],
 2, 0, 'Somchai Wong=1,Nok Chai=1', '2022-03-18T14:56:01', '2022-03-18T14:57:01',
 'month/day/year: line 1 has 3/18/2565 BE', 'MEDIA=1', eol='\r\n')
fx('I11', 'I11 iPhone Japanese era R4', [
 '[3/18/R4, 14:56:01] Yuki Sato: こんにちは',
 '[3/18/R4, 14:57:30] Ren Ito: ' + L + '画像は含まれていません',
 '[3/20/H30, 10:00:00] Ren Ito: 平成の日付'],
 3, 0, 'Yuki Sato=1,Ren Ito=2', '2022-03-18T14:56:01', '2018-03-20T10:00',
 'month/day/year: line 1 has 3/18/R4', 'MEDIA=1', eol='\r\n')
fx('I12', 'I12 iPhone year first with a non-contact tilde', [
 '[2023/5/4, 16:17:13] ~' + NB + 'Carolina: hola a todos',
 '[2023/5/4, 16:18:00] Pablo Ruiz: ¡hola!'],
 2, 0, 'Carolina=1,Pablo Ruiz=1', '2023-05-04T16:17:13', '2023-05-04T16:18', 'year/month/day',
 eol='\r\n')
fx('I12b', 'I12 iPhone year first with p. m. and no comma', [
 '[2018/06/13 1:55:00 p. m.] Ana Torres: ¿Comemos juntas?',
 '[2018/06/13 2:01:00 p. m.] Eva Lozano: Sí'],
 2, 0, 'Ana Torres=1,Eva Lozano=1', '2018-06-13T13:55', '2018-06-13T14:01', 'year/month/day',
 eol='\r\n')
fx('I13', 'I13 iPhone MM-dd-yyyy dashes', [
 '[01-29-2018, 23:33:00] Mia Hart: late night?',
 '[01-29-2018, 23:35:10] Ben Cole: always'],
 2, 0, 'Mia Hart=1,Ben Cole=1', '2018-01-29T23:33', '2018-01-29T23:35:10',
 'month/day/year: line 1 has 01-29-2018', eol='\r\n')
fx('I14', 'I14 iPhone dd/MM/yyyy a.m.', [
 '[31/12/2019, 2:14:40 a.m.] Zoe Lamb: happy almost new year',
 '[31/12/2019, 11:59:00 p.m.] Kit Moor: \U0001F386'],
 2, 0, 'Zoe Lamb=1,Kit Moor=1', '2019-12-31T02:14:40', '2019-12-31T23:59',
 'day/month/year: line 1 has 31/12/2019', eol='\r\n')
fx('O01', 'O1 old iPhone M/d/yy PM colon separator', [
 '7/1/16, 4:56:55 PM: ' + L + 'Sophie Hart created this group',
 '7/1/16, 5:13:36 PM: Sophie Hart: So here is the plan',
 '7/1/16, 5:14:00 PM: Leo Brand: Sounds good',
 '7/14/16, 9:00:00 AM: Leo Brand: <' + L + 'audio omitted>'],
 3, 1, 'Sophie Hart=1,Leo Brand=2', '2016-07-01T17:13:36', '2016-07-14T09:00',
 'month/day/year: line 4 has 7/14/16', 'MEDIA=1')
fx('O02', 'O2 old iPhone dd/MM/yy 24h colon separator', [
 '13/06/15 17:56:34: Gia\'s Phone: Text me when you land',
 '13/06/15 18:40:00: Rob Kent: <' + L + 'image omitted>'],
 2, 0, 'Gia\'s Phone=1,Rob Kent=1', '2015-06-13T17:56:34', '2015-06-13T18:40',
 'day/month/year: line 1 has 13/06/15', 'MEDIA=1')
fx('O03', 'O3 old iPhone phone sender in bidi marks with U+2011', [
 '4/26/16, 16:23:03: ' + LRE + '+55' + NB + '61' + NB + '5555\u20110101' + PDF + ': <' + L + 'image omitted>',
 '4/26/16, 16:24:00: Bia Costa: Que foto linda'],
 2, 0, '+55 61 5555-0101=1,Bia Costa=1', '2016-04-26T16:23:03', '2016-04-26T16:24',
 'month/day/year: line 1 has 4/26/16', 'MEDIA=1')
fx('O04', 'O4 old iPhone 2012 dd/MM/yyyy', [
 '09/12/2012 17:03:48: Hugo Mars: Are we meeting?',
 '10/12/2012 09:00:00: Ida Frost: Yes',
 '13/12/2012 10:00:00: Hugo Mars: Friday then'],
 3, 0, 'Hugo Mars=2,Ida Frost=1', '2012-12-09T17:03:48', '2012-12-13T10:00',
 'day/month/year: line 3 has 13/12/2012')
fx('X01', 'X1 WhatsApp Viewer dd.MM.yyyy - time; name', [
 '01.04.2015 - 16:00:27; ME: Und funktioniert es?',
 '01.04.2015 - 16:01:00; Jan Ott: Ja!'],
 2, 0, 'ME=1,Jan Ott=1', '2015-04-01T16:00:27', '2015-04-01T16:01',
 'nothing in the file proves it')
fx('X02', 'X2 dotted date and dotted time with colon separator', [
 '13.06.18 21.25.15: Laura Niemi: tämä on testi',
 '13.06.18 21.26.00: Mikko Aho: hyvä'],
 2, 0, 'Laura Niemi=1,Mikko Aho=1', '2018-06-13T21:25:15', '2018-06-13T21:26',
 'day/month/year: line 1 has 13.06.18')

for (id, name, lines, entries, system, authors, first, last, order, kinds, eol) in F:
    with open(os.path.join(OUT, id + '.txt'), 'w', encoding='utf-8', newline='') as f:
        f.write(eol.join(lines) + eol)
    with open(os.path.join(OUT, id + '.expect'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(f'name={name}\nentries={entries}\nsystem={system}\nauthors={authors}\n'
                f'first={first}\nlast={last}\norder={order}\nkinds={kinds}\n')
print(len(F))
