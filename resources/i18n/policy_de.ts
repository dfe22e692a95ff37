<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>optouts</name>
        <message>
            <source>Stop sharing your data with xAI for Grok training</source>
            <extracomment>steps.toml: x.grok_data_sharing title</extracomment>
            <translation>Weitergabe Ihrer Daten an xAI für das Grok-Training beenden</translation>
        </message>
        <message>
            <source>Your public posts and your Grok chats (inputs and results) being used by xAI to train and fine-tune Grok and other xAI models.</source>
            <extracomment>steps.toml: x.grok_data_sharing covers</extracomment>
            <translation>Die Nutzung Ihrer öffentlichen Beiträge und Ihrer Grok-Chats (Eingaben und Ergebnisse) durch xAI, um Grok und andere xAI-Modelle zu trainieren und feinabzustimmen.</translation>
        </message>
        <message>
            <source>X's own use under its privacy policy and Terms licence (no opt-out exists for that), feedback you give on Grok answers, and anything already used: opting out only stops future use.</source>
            <extracomment>steps.toml: x.grok_data_sharing does_not_cover</extracomment>
            <translation>Die eigene Nutzung durch X aufgrund seiner Datenschutzrichtlinie und der Lizenz in den Nutzungsbedingungen (dafür gibt es kein Opt-out), Ihr Feedback zu Grok-Antworten und alles bereits Genutzte: Ein Opt-out stoppt nur die künftige Nutzung.</translation>
        </message>
        <message>
            <source>More (⋯) → Settings and privacy → Privacy and safety → Data sharing and personalization → Grok &amp; Third-party Collaborators → untick Data Sharing</source>
            <extracomment>steps.toml: x.grok_data_sharing web_path</extracomment>
            <translation>Mehr (⋯) → Einstellungen und Datenschutz → Datenschutz und Sicherheit → Datenweitergabe und Personalisierung → Grok &amp; Drittanbieter-Partner → Häkchen bei „Datenweitergabe“ entfernen</translation>
        </message>
        <message>
            <source>Profile picture → Settings and privacy → Privacy and safety → Grok &amp; Third-party Collaborators → Data Sharing off</source>
            <extracomment>steps.toml: x.grok_data_sharing mobile_path</extracomment>
            <translation>Profilbild → Einstellungen und Datenschutz → Datenschutz und Sicherheit → Grok &amp; Drittanbieter-Partner → „Datenweitergabe“ aus</translation>
        </message>
        <message>
            <source>Turn off Grok Personalization</source>
            <extracomment>steps.toml: x.grok_personalization title</extracomment>
            <translation>Grok-Personalisierung ausschalten</translation>
        </message>
        <message>
            <source>A second path by which X data reaches xAI: Grok using your X activity to personalise its answers.</source>
            <extracomment>steps.toml: x.grok_personalization covers</extracomment>
            <translation>Ein zweiter Weg, auf dem X-Daten zu xAI gelangen: Grok nutzt Ihre Aktivität auf X, um seine Antworten zu personalisieren.</translation>
        </message>
        <message>
            <source>Training by X itself, or what was already shared. This toggle is described only by a third-party audit; X's own help page could not be checked.</source>
            <extracomment>steps.toml: x.grok_personalization does_not_cover</extracomment>
            <translation>Training durch X selbst oder bereits Weitergegebenes. Dieser Schalter ist nur in einer Prüfung durch Dritte beschrieben; die Hilfeseite von X selbst konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Grok &amp; Third-party Collaborators → untick Grok Personalization</source>
            <extracomment>steps.toml: x.grok_personalization web_path</extracomment>
            <translation>Einstellungen und Datenschutz → Datenschutz und Sicherheit → Grok &amp; Drittanbieter-Partner → Häkchen bei „Grok-Personalisierung“ entfernen</translation>
        </message>
        <message>
            <source>Same page in the app settings</source>
            <extracomment>steps.toml: x.grok_personalization mobile_path; steps.toml: x.business_partners mobile_path; steps.toml: x.delete_grok_history mobile_path; steps.toml: linkedin.share_with_affiliates mobile_path; steps.toml: linkedin.data_from_others_for_ads mobile_path</extracomment>
            <translation>Dieselbe Seite in den App-Einstellungen</translation>
        </message>
        <message>
            <source>Limit sharing with third-party collaborators and business partners</source>
            <extracomment>steps.toml: x.business_partners title</extracomment>
            <translation>Weitergabe an Drittanbieter-Partner und Geschäftspartner einschränken</translation>
        </message>
        <message>
            <source>X's privacy policy (since 2024-11-15) lets third-party collaborators use your information, including to train their own AI, unless you opt out in 'your settings'.</source>
            <extracomment>steps.toml: x.business_partners covers</extracomment>
            <translation>Die Datenschutzrichtlinie von X (seit 15.11.2024) erlaubt Drittanbieter-Partnern, Ihre Informationen zu nutzen, auch um ihre eigene KI zu trainieren, sofern Sie nicht „in Ihren Einstellungen“ widersprechen.</translation>
        </message>
        <message>
            <source>X does not name the setting that controls third-party collaborators. This toggle is the closest candidate; the Grok Data Sharing toggle may also apply. Turn both off. Content licensed through X's API or Terms is not affected.</source>
            <extracomment>steps.toml: x.business_partners does_not_cover</extracomment>
            <translation>X nennt die Einstellung nicht, die Drittanbieter-Partner steuert. Dieser Schalter kommt dem am nächsten; der Schalter „Datenweitergabe“ für Grok kann ebenfalls greifen. Schalten Sie beide aus. Inhalte, die über die API oder die Nutzungsbedingungen von X lizenziert werden, sind nicht betroffen.</translation>
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Data sharing and personalization → Data sharing with business partners → untick Allow additional information sharing with business partners</source>
            <extracomment>steps.toml: x.business_partners web_path</extracomment>
            <translation>Einstellungen und Datenschutz → Datenschutz und Sicherheit → Datenweitergabe und Personalisierung → Datenweitergabe an Geschäftspartner → Häkchen bei „Zusätzliche Informationsweitergabe an Geschäftspartner zulassen“ entfernen</translation>
        </message>
        <message>
            <source>Protect your posts</source>
            <extracomment>steps.toml: x.protected title</extracomment>
            <translation>Ihre Beiträge schützen</translation>
        </message>
        <message>
            <source>Makes your posts visible only to your followers. X says protected posts are not used to train Grok.</source>
            <extracomment>steps.toml: x.protected covers</extracomment>
            <translation>Macht Ihre Beiträge nur für Ihre Follower sichtbar. Laut X werden geschützte Beiträge nicht zum Training von Grok verwendet.</translation>
        </message>
        <message>
            <source>Posts already collected, copies kept by search engines or API licensees, and X's own general machine-learning clause.</source>
            <extracomment>steps.toml: x.protected does_not_cover</extracomment>
            <translation>Bereits erfasste Beiträge, Kopien bei Suchmaschinen oder API-Lizenznehmern und die allgemeine Klausel von X zum maschinellen Lernen.</translation>
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Audience and tagging → Protect your posts</source>
            <extracomment>steps.toml: x.protected web_path; steps.toml: x.protected mobile_path</extracomment>
            <translation>Einstellungen und Datenschutz → Datenschutz und Sicherheit → Zielgruppe und Markierungen → Deine Beiträge schützen</translation>
        </message>
        <message>
            <source>Delete your Grok conversation history</source>
            <extracomment>steps.toml: x.delete_grok_history title</extracomment>
            <translation>Ihren Grok-Gesprächsverlauf löschen</translation>
        </message>
        <message>
            <source>Removes past Grok chats from your account (within about 30 days).</source>
            <extracomment>steps.toml: x.delete_grok_history covers</extracomment>
            <translation>Entfernt frühere Grok-Chats aus Ihrem Konto (innerhalb von etwa 30 Tagen).</translation>
        </message>
        <message>
            <source>Models already trained on those chats.</source>
            <extracomment>steps.toml: x.delete_grok_history does_not_cover</extracomment>
            <translation>Modelle, die bereits mit diesen Chats trainiert wurden.</translation>
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Grok &amp; Third-party Collaborators → Delete conversation history</source>
            <extracomment>steps.toml: x.delete_grok_history web_path</extracomment>
            <translation>Einstellungen und Datenschutz → Datenschutz und Sicherheit → Grok &amp; Drittanbieter-Partner → Gesprächsverlauf löschen</translation>
        </message>
        <message>
            <source>Object to AI training under GDPR Article 21</source>
            <extracomment>steps.toml: x.gdpr_objection title</extracomment>
            <translation>Widerspruch gegen KI-Training nach Art. 21 DSGVO</translation>
        </message>
        <message>
            <source>A formal objection to X's and xAI's processing of your data for AI training under legitimate interests; X must stop unless it shows compelling grounds. Complaints go to the Irish Data Protection Commission.</source>
            <extracomment>steps.toml: x.gdpr_objection covers</extracomment>
            <translation>Ein förmlicher Widerspruch gegen die auf berechtigte Interessen gestützte Verarbeitung Ihrer Daten durch X und xAI für KI-Training; X muss sie einstellen, sofern es keine zwingenden schutzwürdigen Gründe nachweist. Beschwerden richten sich an die irische Datenschutzbehörde (Data Protection Commission).</translation>
        </message>
        <message>
            <source>Data already used in trained models.</source>
            <extracomment>steps.toml: x.gdpr_objection does_not_cover</extracomment>
            <translation>Daten, die bereits in trainierten Modellen verwendet wurden.</translation>
        </message>
        <message>
            <source>X privacy inquiry form (choose the data-protection request)</source>
            <extracomment>steps.toml: x.gdpr_objection web_path</extracomment>
            <translation>Datenschutz-Anfrageformular von X (wählen Sie die datenschutzrechtliche Anfrage)</translation>
        </message>
        <message>
            <source>Turn off Data for Generative AI Improvement</source>
            <extracomment>steps.toml: linkedin.data_for_genai title</extracomment>
            <translation>„Daten zur Verbesserung generativer KI“ ausschalten</translation>
        </message>
        <message>
            <source>LinkedIn and its affiliates (Microsoft) training content-generating AI on your profile, posts, articles, comments, group activity and messages in groups, resumes and screening answers, and AI prompts; in the UK also sharing with Microsoft for Microsoft's own AI.</source>
            <extracomment>steps.toml: linkedin.data_for_genai covers</extracomment>
            <translation>Das Training inhaltserzeugender KI durch LinkedIn und verbundene Unternehmen (Microsoft) mit Ihrem Profil, Ihren Beiträgen, Artikeln, Kommentaren, Gruppenaktivitäten und Gruppennachrichten, Lebensläufen, Antworten auf Bewerbungsfragen und KI-Eingaben; im Vereinigten Königreich auch die Weitergabe an Microsoft für dessen eigene KI.</translation>
        </message>
        <message>
            <source>Other AI (ranking, personalisation, safety), feedback on AI output, and training already done: it only stops future use.</source>
            <extracomment>steps.toml: linkedin.data_for_genai does_not_cover</extracomment>
            <translation>Andere KI (Ranking, Personalisierung, Sicherheit), Feedback zu KI-Ausgaben und bereits erfolgtes Training: Der Schalter stoppt nur die künftige Nutzung.</translation>
        </message>
        <message>
            <source>Me → Settings &amp; Privacy → Data privacy → How LinkedIn uses your data → Data for Generative AI Improvement → Off</source>
            <extracomment>steps.toml: linkedin.data_for_genai web_path</extracomment>
            <translation>Sie → Einstellungen &amp; Datenschutz → Datenschutz → Wie LinkedIn Ihre Daten nutzt → Daten zur Verbesserung generativer KI → Aus</translation>
        </message>
        <message>
            <source>Profile photo → Settings → Data privacy → Data for Generative AI Improvement → Off</source>
            <extracomment>steps.toml: linkedin.data_for_genai mobile_path</extracomment>
            <translation>Profilfoto → Einstellungen → Datenschutz → Daten zur Verbesserung generativer KI → Aus</translation>
        </message>
        <message>
            <source>Stop sharing data with Microsoft and partners for ads</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates title</extracomment>
            <translation>Weitergabe von Daten an Microsoft und Partner für Werbung beenden</translation>
        </message>
        <message>
            <source>LinkedIn sharing your data with affiliates, including Microsoft, to develop and show advertising (since 2025-11-03 outside the EU, EEA, Switzerland and UK).</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates covers</extracomment>
            <translation>Die Weitergabe Ihrer Daten durch LinkedIn an verbundene Unternehmen, einschließlich Microsoft, um Werbung zu entwickeln und anzuzeigen (seit 03.11.2025 außerhalb von EU, EWR, Schweiz und Vereinigtem Königreich).</translation>
        </message>
        <message>
            <source>Public content shared with affiliates to develop their services, and AI training (see Data for Generative AI Improvement).</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates does_not_cover</extracomment>
            <translation>Öffentliche Inhalte, die an verbundene Unternehmen zur Entwicklung ihrer Dienste weitergegeben werden, und KI-Training (siehe „Daten zur Verbesserung generativer KI“).</translation>
        </message>
        <message>
            <source>Settings &amp; Privacy → Advertising data → Share data with affiliates and partners → Off</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates web_path</extracomment>
            <translation>Einstellungen &amp; Datenschutz → Werbedaten → Daten mit verbundenen Unternehmen und Partnern teilen → Aus</translation>
        </message>
        <message>
            <source>Stop off-LinkedIn data being used for ad targeting</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads title</extracomment>
            <translation>Nutzung von Daten außerhalb von LinkedIn für Werbe-Targeting beenden</translation>
        </message>
        <message>
            <source>Engagement data from outside LinkedIn used to improve ad-targeting tools (US).</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads covers</extracomment>
            <translation>Interaktionsdaten von außerhalb LinkedIns, die zur Verbesserung von Werbe-Targeting-Werkzeugen genutzt werden (USA).</translation>
        </message>
        <message>
            <source>AI training of your content.</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads does_not_cover</extracomment>
            <translation>KI-Training mit Ihren Inhalten.</translation>
        </message>
        <message>
            <source>Settings &amp; Privacy → Advertising data → Data from others for ads → Off</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads web_path</extracomment>
            <translation>Einstellungen &amp; Datenschutz → Werbedaten → Daten von anderen für Werbung → Aus</translation>
        </message>
        <message>
            <source>Object to other AI uses (Data Processing Objection form)</source>
            <extracomment>steps.toml: linkedin.objection_form title</extracomment>
            <translation>Anderen KI-Nutzungen widersprechen (Formular für Widerspruch gegen Datenverarbeitung)</translation>
        </message>
        <message>
            <source>Your right to object to processing based on legitimate interests, including AI uses the toggle does not cover (ranking, personalisation).</source>
            <extracomment>steps.toml: linkedin.objection_form covers</extracomment>
            <translation>Ihr Recht auf Widerspruch gegen eine auf berechtigte Interessen gestützte Verarbeitung, einschließlich KI-Nutzungen, die der Schalter nicht abdeckt (Ranking, Personalisierung).</translation>
        </message>
        <message>
            <source>Training already done.</source>
            <extracomment>steps.toml: linkedin.objection_form does_not_cover</extracomment>
            <translation>Bereits erfolgtes Training.</translation>
        </message>
        <message>
            <source>LinkedIn Help → Data Processing Objection form</source>
            <extracomment>steps.toml: linkedin.objection_form web_path</extracomment>
            <translation>LinkedIn-Hilfe → Formular für Widerspruch gegen Datenverarbeitung</translation>
        </message>
        <message>
            <source>Object to AI at Meta using your Facebook information</source>
            <extracomment>steps.toml: meta.objection_facebook title</extracomment>
            <translation>Der Nutzung Ihrer Facebook-Informationen durch KI bei Meta widersprechen</translation>
        </message>
        <message>
            <source>Meta training its AI on your public Facebook posts, photos, comments and your Meta AI chats (EU/EEA/UK, Brazil). The form also covers accounts in the same Accounts Center.</source>
            <extracomment>steps.toml: meta.objection_facebook covers</extracomment>
            <translation>Das Training der KI von Meta mit Ihren öffentlichen Facebook-Beiträgen, Fotos, Kommentaren und Ihren Meta-AI-Chats (EU/EWR/Vereinigtes Königreich, Brasilien). Das Formular gilt auch für Konten in derselben Kontenübersicht.</translation>
        </message>
        <message>
            <source>Models already trained: in the EU only objections filed before 2025-05-27 kept past public content out; later objections stop future use only. Information about you posted by others needs the separate third-party form.</source>
            <extracomment>steps.toml: meta.objection_facebook does_not_cover</extracomment>
            <translation>Bereits trainierte Modelle: In der EU haben nur Widersprüche vor dem 27.05.2025 frühere öffentliche Inhalte ausgeschlossen; spätere Widersprüche stoppen nur die künftige Nutzung. Für Informationen über Sie, die andere gepostet haben, ist das gesonderte Formular für Informationen Dritter nötig.</translation>
        </message>
        <message>
            <source>Menu → Settings &amp; privacy → Privacy Center → AI at Meta → right to object link → country, email, optional reason → Submit (you get an email confirmation)</source>
            <extracomment>steps.toml: meta.objection_facebook web_path</extracomment>
            <translation>Menü → Einstellungen und Privatsphäre → Datenschutzcenter → KI bei Meta → Link zum Widerspruchsrecht → Land, E-Mail, optional Begründung → Senden (Sie erhalten eine Bestätigung per E-Mail)</translation>
        </message>
        <message>
            <source>Menu → Settings &amp; privacy → Privacy Center → AI at Meta → object</source>
            <extracomment>steps.toml: meta.objection_facebook mobile_path</extracomment>
            <translation>Menü → Einstellungen und Privatsphäre → Datenschutzcenter → KI bei Meta → Widersprechen</translation>
        </message>
        <message>
            <source>Object to AI at Meta using your Instagram (and Threads) information</source>
            <extracomment>steps.toml: meta.objection_instagram title</extracomment>
            <translation>Der Nutzung Ihrer Instagram- (und Threads-)Informationen durch KI bei Meta widersprechen</translation>
        </message>
        <message>
            <source>Meta training its AI on your public Instagram and Threads content and your Meta AI chats.</source>
            <extracomment>steps.toml: meta.objection_instagram covers</extracomment>
            <translation>Das Training der KI von Meta mit Ihren öffentlichen Instagram- und Threads-Inhalten und Ihren Meta-AI-Chats.</translation>
        </message>
        <message>
            <source>Models already trained; content made public by others about you.</source>
            <extracomment>steps.toml: meta.objection_instagram does_not_cover</extracomment>
            <translation>Bereits trainierte Modelle; Inhalte über Sie, die andere öffentlich gemacht haben.</translation>
        </message>
        <message>
            <source>Profile → ☰ → Settings and activity → Privacy Center (or About → Privacy Policy) → object link → Submit</source>
            <extracomment>steps.toml: meta.objection_instagram web_path</extracomment>
            <translation>Profil → ☰ → Einstellungen und Aktivität → Datenschutzcenter (oder Info → Datenschutzrichtlinie) → Widerspruchslink → Senden</translation>
        </message>
        <message>
            <source>Profile → ☰ → Settings and activity → About → Privacy Policy → object</source>
            <extracomment>steps.toml: meta.objection_instagram mobile_path</extracomment>
            <translation>Profil → ☰ → Einstellungen und Aktivität → Info → Datenschutzrichtlinie → Widersprechen</translation>
        </message>
        <message>
            <source>No training opt-out exists in your region</source>
            <extracomment>steps.toml: meta.no_opt_out title</extracomment>
            <translation>In Ihrer Region gibt es kein Opt-out vom Training</translation>
        </message>
        <message>
            <source>Meta trains on adults' public posts, photos, captions and comments, and on Meta AI chats, with no objection route outside the EU, EEA, UK and Brazil. Since 2025-12-16 your Meta AI chats also personalise ads outside the EU, UK and South Korea, with no opt-out.</source>
            <extracomment>steps.toml: meta.no_opt_out covers</extracomment>
            <translation>Meta trainiert mit öffentlichen Beiträgen, Fotos, Bildunterschriften und Kommentaren Erwachsener sowie mit Meta-AI-Chats; außerhalb von EU, EWR, Vereinigtem Königreich und Brasilien gibt es keinen Widerspruchsweg. Seit 16.12.2025 personalisieren Ihre Meta-AI-Chats außerhalb von EU, Vereinigtem Königreich und Südkorea auch Werbung, ohne Opt-out.</translation>
        </message>
        <message>
            <source>What you can still do: make past posts non-public, make Instagram private, delete content, and stop using Meta AI.</source>
            <extracomment>steps.toml: meta.no_opt_out does_not_cover</extracomment>
            <translation>Was Sie trotzdem tun können: frühere Beiträge nicht öffentlich machen, Instagram auf privat stellen, Inhalte löschen und Meta AI nicht mehr nutzen.</translation>
        </message>
        <message>
            <source>No training opt-out exists in your region (Instagram and Threads)</source>
            <extracomment>steps.toml: meta.no_opt_out_instagram title</extracomment>
            <translation>In Ihrer Region gibt es kein Opt-out vom Training (Instagram und Threads)</translation>
        </message>
        <message>
            <source>Meta trains on adults' public Instagram and Threads posts, captions and comments, and on Meta AI chats, with no objection route outside the EU, EEA, UK and Brazil.</source>
            <extracomment>steps.toml: meta.no_opt_out_instagram covers</extracomment>
            <translation>Meta trainiert mit öffentlichen Instagram- und Threads-Beiträgen, Bildunterschriften und Kommentaren Erwachsener sowie mit Meta-AI-Chats; außerhalb von EU, EWR, Vereinigtem Königreich und Brasilien gibt es keinen Widerspruchsweg.</translation>
        </message>
        <message>
            <source>What you can still do: make your account private, delete posts, and stop using Meta AI.</source>
            <extracomment>steps.toml: meta.no_opt_out_instagram does_not_cover</extracomment>
            <translation>Was Sie trotzdem tun können: Ihr Konto auf privat stellen, Beiträge löschen und Meta AI nicht mehr nutzen.</translation>
        </message>
        <message>
            <source>Stop using Meta AI</source>
            <extracomment>steps.toml: meta.stop_meta_ai title</extracomment>
            <translation>Meta AI nicht mehr nutzen</translation>
        </message>
        <message>
            <source>Your chats with Meta AI (in Facebook, Instagram, WhatsApp, Messenger and the Meta AI app) are used to train Meta's AI, and outside the EU, UK and South Korea also to personalise ads since 2025-12-16; not chatting with Meta AI is the only control over new chats.</source>
            <extracomment>steps.toml: meta.stop_meta_ai covers</extracomment>
            <translation>Ihre Chats mit Meta AI (in Facebook, Instagram, WhatsApp, Messenger und der Meta-AI-App) werden zum Training der KI von Meta genutzt und außerhalb von EU, Vereinigtem Königreich und Südkorea seit 16.12.2025 auch zur Personalisierung von Werbung; nur wer nicht mit Meta AI chattet, hat Kontrolle über neue Chats.</translation>
        </message>
        <message>
            <source>Chats you already had, and your public posts (use the visibility steps). In the Meta AI app, prompts you shared to the Discover feed stay public until you delete them.</source>
            <extracomment>steps.toml: meta.stop_meta_ai does_not_cover</extracomment>
            <translation>Bereits geführte Chats und Ihre öffentlichen Beiträge (nutzen Sie dafür die Schritte zur Sichtbarkeit). In der Meta-AI-App bleiben Eingaben, die Sie im Feed „Entdecken“ geteilt haben, öffentlich, bis Sie sie löschen.</translation>
        </message>
        <message>
            <source>Avoid the Meta AI chat in Facebook, Instagram and Messenger; in the Meta AI app: profile → settings → make prompts visible only to you, delete shared posts</source>
            <extracomment>steps.toml: meta.stop_meta_ai web_path</extracomment>
            <translation>Den Meta-AI-Chat in Facebook, Instagram und Messenger meiden; in der Meta-AI-App: Profil → Einstellungen → Eingaben nur für Sie sichtbar machen, geteilte Beiträge löschen</translation>
        </message>
        <message>
            <source>Same in the apps</source>
            <extracomment>steps.toml: meta.stop_meta_ai mobile_path</extracomment>
            <translation>Ebenso in den Apps</translation>
        </message>
        <message>
            <source>Make your past Facebook posts non-public</source>
            <extracomment>steps.toml: meta.limit_past_posts title</extracomment>
            <translation>Ihre früheren Facebook-Beiträge nicht öffentlich machen</translation>
        </message>
        <message>
            <source>Friends-only content is not used to train Meta's AI; this stops future use of your old public posts.</source>
            <extracomment>steps.toml: meta.limit_past_posts covers</extracomment>
            <translation>Inhalte nur für Freunde werden nicht zum Training der KI von Meta genutzt; dies stoppt die künftige Nutzung Ihrer alten öffentlichen Beiträge.</translation>
        </message>
        <message>
            <source>Your name, profile picture and comments on public Pages or groups, which Meta treats as always public; past training.</source>
            <extracomment>steps.toml: meta.limit_past_posts does_not_cover</extracomment>
            <translation>Ihr Name, Ihr Profilbild und Kommentare auf öffentlichen Seiten oder in öffentlichen Gruppen, die Meta stets als öffentlich behandelt; bereits erfolgtes Training.</translation>
        </message>
        <message>
            <source>Settings &amp; privacy → Settings → Audience and visibility → Posts → Limit who can see past posts</source>
            <extracomment>steps.toml: meta.limit_past_posts web_path</extracomment>
            <translation>Einstellungen und Privatsphäre → Einstellungen → Zielgruppe und Sichtbarkeit → Beiträge → Publikum für vergangene Beiträge einschränken</translation>
        </message>
        <message>
            <source>Same path in the app</source>
            <extracomment>steps.toml: meta.limit_past_posts mobile_path</extracomment>
            <translation>Derselbe Weg in der App</translation>
        </message>
        <message>
            <source>Make your Instagram account private</source>
            <extracomment>steps.toml: meta.private_instagram title</extracomment>
            <translation>Ihr Instagram-Konto auf privat stellen</translation>
        </message>
        <message>
            <source>Posts of private accounts are not used to train Meta's AI from then on.</source>
            <extracomment>steps.toml: meta.private_instagram covers</extracomment>
            <translation>Beiträge privater Konten werden ab dann nicht mehr zum Training der KI von Meta genutzt.</translation>
        </message>
        <message>
            <source>Your username and profile picture (always public), comments on public accounts, past training.</source>
            <extracomment>steps.toml: meta.private_instagram does_not_cover</extracomment>
            <translation>Ihr Benutzername und Profilbild (immer öffentlich), Kommentare bei öffentlichen Konten, bereits erfolgtes Training.</translation>
        </message>
        <message>
            <source>Settings and activity → Account privacy → Private account</source>
            <extracomment>steps.toml: meta.private_instagram web_path; steps.toml: meta.private_instagram mobile_path</extracomment>
            <translation>Einstellungen und Aktivität → Kontoprivatsphäre → Privates Konto</translation>
        </message>
        <message>
            <source>Review ad preferences (AI chats feed ads)</source>
            <extracomment>steps.toml: meta.ad_preferences title</extracomment>
            <translation>Werbepräferenzen prüfen (KI-Chats fließen in Werbung ein)</translation>
        </message>
        <message>
            <source>Ad topics Meta infers; you cannot switch off the Meta AI chat signal itself, only avoid using Meta AI.</source>
            <extracomment>steps.toml: meta.ad_preferences covers</extracomment>
            <translation>Werbethemen, die Meta ableitet; das Signal aus Meta-AI-Chats selbst können Sie nicht abschalten, nur Meta AI meiden.</translation>
        </message>
        <message>
            <source>AI training.</source>
            <extracomment>steps.toml: meta.ad_preferences does_not_cover</extracomment>
            <translation>KI-Training.</translation>
        </message>
        <message>
            <source>Accounts Center → Ad preferences</source>
            <extracomment>steps.toml: meta.ad_preferences web_path; steps.toml: meta.ad_preferences mobile_path</extracomment>
            <translation>Kontenübersicht → Werbepräferenzen</translation>
        </message>
        <message>
            <source>Ask Meta about information others posted about you</source>
            <extracomment>steps.toml: meta.third_party_info title</extracomment>
            <translation>Meta zu Informationen befragen, die andere über Sie gepostet haben</translation>
        </message>
        <message>
            <source>Requests about third-party information used for AI at Meta (anyone, any region, even without an account).</source>
            <extracomment>steps.toml: meta.third_party_info covers</extracomment>
            <translation>Anfragen zu Informationen Dritter, die für KI bei Meta genutzt werden (für alle, in jeder Region, auch ohne Konto).</translation>
        </message>
        <message>
            <source>Your own posts (use the objection or visibility steps).</source>
            <extracomment>steps.toml: meta.third_party_info does_not_cover</extracomment>
            <translation>Ihre eigenen Beiträge (nutzen Sie dafür die Schritte zu Widerspruch oder Sichtbarkeit).</translation>
        </message>
        <message>
            <source>Data subject rights for third-party information used for AI at Meta</source>
            <extracomment>steps.toml: meta.third_party_info web_path</extracomment>
            <translation>Betroffenenrechte für Informationen Dritter, die für KI bei Meta genutzt werden</translation>
        </message>
        <message>
            <source>Keep Threads fediverse sharing off</source>
            <extracomment>steps.toml: threads.fediverse_sharing title</extracomment>
            <translation>Teilen im Fediverse bei Threads ausgeschaltet lassen</translation>
        </message>
        <message>
            <source>With sharing on, your public Threads posts and profile are copied to other servers that apply their own policies (possibly scraped for AI).</source>
            <extracomment>steps.toml: threads.fediverse_sharing covers</extracomment>
            <translation>Ist das Teilen eingeschaltet, werden Ihre öffentlichen Threads-Beiträge und Ihr Profil auf andere Server kopiert, die ihre eigenen Richtlinien anwenden (möglicherweise für KI ausgelesen).</translation>
        </message>
        <message>
            <source>Copies already made on other servers; Meta's own training.</source>
            <extracomment>steps.toml: threads.fediverse_sharing does_not_cover</extracomment>
            <translation>Bereits erstellte Kopien auf anderen Servern; das eigene Training von Meta.</translation>
        </message>
        <message>
            <source>Threads → Settings → Account → Fediverse sharing</source>
            <extracomment>steps.toml: threads.fediverse_sharing web_path</extracomment>
            <translation>Threads → Einstellungen → Konto → Teilen im Fediverse</translation>
        </message>
        <message>
            <source>Threads app → Settings → Account → Fediverse sharing</source>
            <extracomment>steps.toml: threads.fediverse_sharing mobile_path</extracomment>
            <translation>Threads-App → Einstellungen → Konto → Teilen im Fediverse</translation>
        </message>
    </context>
    <context>
        <name>policy</name>
        <message>
            <source>LinkedIn Privacy Policy</source>
            <extracomment>linkedin.toml: linkedin.privacy.2024-09-18 title; linkedin.toml: linkedin.privacy.2025-11-03 title</extracomment>
            <translation>LinkedIn-Datenschutzrichtlinie</translation>
        </message>
        <message>
            <source>First text saying LinkedIn may use personal data to develop and train AI models. Training had begun ~2024-08, before the text (404 Media); not offered in EU, EEA, CH, UK, CA, HK.</source>
            <extracomment>linkedin.toml: linkedin.privacy.2024-09-18 note</extracomment>
            <translation>Erster Text, nach dem LinkedIn personenbezogene Daten zur Entwicklung und zum Training von KI-Modellen nutzen darf. Das Training hatte schon um 2024-08 begonnen, vor dem Text (404 Media); nicht angewandt in EU, EWR, CH, UK, CA, HK.</translation>
        </message>
        <message>
            <source>Extends content-generating AI training to EU/EEA/CH/UK/CA/HK; affiliates (incl. Microsoft) may get public content to develop their services and personal data for ads outside EU/EEA/CH/UK.</source>
            <extracomment>linkedin.toml: linkedin.privacy.2025-11-03 note</extracomment>
            <translation>Weitet das Training inhaltserzeugender KI auf EU/EWR/CH/UK/CA/HK aus; verbundene Unternehmen (einschl. Microsoft) dürfen öffentliche Inhalte zur Entwicklung ihrer Dienste und außerhalb von EU/EWR/CH/UK personenbezogene Daten für Werbung erhalten.</translation>
        </message>
        <message>
            <source>LinkedIn European Regional Privacy Notice</source>
            <extracomment>linkedin.toml: linkedin.eu_notice.2025-11-03 title; linkedin.toml: linkedin.eu_notice.2026-08-21 title</extracomment>
            <translation>Europäischer regionaler Datenschutzhinweis von LinkedIn</translation>
        </message>
        <message>
            <source>Lists group messages among training data; UK only: certain member data shared with Microsoft to train Microsoft's own AI.</source>
            <extracomment>linkedin.toml: linkedin.eu_notice.2025-11-03 note</extracomment>
            <translation>Nennt Gruppennachrichten unter den Trainingsdaten; nur im Vereinigten Königreich: bestimmte Mitgliederdaten gehen an Microsoft, um dessen eigene KI zu trainieren.</translation>
        </message>
        <message>
            <source>LinkedIn US state privacy disclosure</source>
            <extracomment>linkedin.toml: linkedin.us_state_notice.2026-02-23 title</extracomment>
            <translation>LinkedIn-Datenschutzhinweis für US-Bundesstaaten</translation>
        </message>
        <message>
            <source>Microsoft may show ads built from shared LinkedIn data anywhere, incl. outside Microsoft services.</source>
            <extracomment>linkedin.toml: linkedin.us_state_notice.2026-02-23 note</extracomment>
            <translation>Microsoft darf aus weitergegebenen LinkedIn-Daten erstellte Werbung überall zeigen, auch außerhalb von Microsoft-Diensten.</translation>
        </message>
        <message>
            <source>Identity verification and 16-17 safeguards; no change to AI training or Microsoft sharing.</source>
            <extracomment>linkedin.toml: linkedin.eu_notice.2026-08-21 note</extracomment>
            <translation>Identitätsprüfung und Schutzmaßnahmen für 16- bis 17-Jährige; keine Änderung bei KI-Training oder Weitergabe an Microsoft.</translation>
        </message>
        <message>
            <source>Data privacy → Data for Generative AI Improvement</source>
            <extracomment>linkedin.toml: linkedin.data_for_genai label</extracomment>
            <translation>Datenschutz → Daten zur Verbesserung generativer KI</translation>
        </message>
        <message>
            <source>Advertising data → Share data with affiliates and partners</source>
            <extracomment>linkedin.toml: linkedin.share_with_affiliates label</extracomment>
            <translation>Werbedaten → Daten mit verbundenen Unternehmen und Partnern teilen</translation>
        </message>
        <message>
            <source>Advertising data → Data from others for ads</source>
            <extracomment>linkedin.toml: linkedin.data_from_others_for_ads label</extracomment>
            <translation>Werbedaten → Daten von anderen für Werbung</translation>
        </message>
        <message>
            <source>LinkedIn and its affiliates (incl. Microsoft) may use your profile, posts, articles, comments, group activity, resumes, screening answers and AI-feature prompts to train content-generating AI, unless you turn off Data for Generative AI Improvement.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content clause_summary</extracomment>
            <translation>LinkedIn und verbundene Unternehmen (einschl. Microsoft) dürfen Ihr Profil, Ihre Beiträge, Artikel, Kommentare, Gruppenaktivitäten, Lebensläufe, Antworten auf Bewerbungsfragen und Eingaben in KI-Funktionen zum Training inhaltserzeugender KI nutzen, sofern Sie „Daten zur Verbesserung generativer KI“ nicht ausschalten.</translation>
        </message>
        <message>
            <source>Start outside the newly added regions ~2024-08/09 (before the policy said so). In the regions added on 2025-11-03, older data stayed out only if you opted out before that date. Job-application data tied to specific customers is excluded (press).</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content note</extracomment>
            <translation>Beginn außerhalb der neu hinzugekommenen Regionen um 2024-08/09 (bevor die Richtlinie es sagte). In den am 03.11.2025 hinzugekommenen Regionen blieben ältere Daten nur außen vor, wenn Sie vor diesem Datum widersprochen hatten. Bewerbungsdaten, die an bestimmte Kunden gebunden sind, sind ausgenommen (Presse).</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content recipients</extracomment>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Microsoft and other LinkedIn affiliates</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content recipients; linkedin.toml: linkedin.affiliates.public_content recipients</extracomment>
            <translation>Microsoft und andere mit LinkedIn verbundene Unternehmen</translation>
        </message>
        <message>
            <source>Members LinkedIn believes are under 18 are excluded from generative-AI training, even if the toggle shows on.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.minors_excluded clause_summary</extracomment>
            <translation>Mitglieder, die LinkedIn für unter 18 hält, sind vom Training generativer KI ausgenommen, auch wenn der Schalter als eingeschaltet angezeigt wird.</translation>
        </message>
        <message>
            <source>Private messages and InMail are excluded from content-generating AI training.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.messages_excluded clause_summary</extracomment>
            <translation>Private Nachrichten und InMail sind vom Training inhaltserzeugender KI ausgenommen.</translation>
        </message>
        <message>
            <source>A 2025 US class action alleging InMail training was dismissed; LinkedIn denied using messages.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.messages_excluded note</extracomment>
            <translation>Eine US-Sammelklage von 2025 wegen angeblichen Trainings mit InMail wurde abgewiesen; LinkedIn bestritt, Nachrichten zu nutzen.</translation>
        </message>
        <message>
            <source>Generative AI is used to detect harmful content in messages, and messages may train AI for those safety purposes.</source>
            <extracomment>linkedin.toml: linkedin.safety_ai.messages clause_summary</extracomment>
            <translation>Generative KI wird eingesetzt, um schädliche Inhalte in Nachrichten zu erkennen, und Nachrichten dürfen KI für diese Sicherheitszwecke trainieren.</translation>
        </message>
        <message>
            <source>Stated in the European notice; the start date is the notice date, the practice may be older.</source>
            <extracomment>linkedin.toml: linkedin.safety_ai.messages note</extracomment>
            <translation>Im europäischen Hinweis angegeben; als Beginn gilt das Datum des Hinweises, die Praxis kann älter sein.</translation>
        </message>
        <message>
            <source>LinkedIn trust &amp; safety</source>
            <extracomment>linkedin.toml: linkedin.safety_ai.messages recipients</extracomment>
            <translation>LinkedIn Trust &amp; Safety</translation>
        </message>
        <message>
            <source>UK only: posts, comments, articles, collaborative articles and videos are shared with Microsoft to train Microsoft's own AI models, unless you turn off Data for Generative AI Improvement.</source>
            <extracomment>linkedin.toml: linkedin.uk.microsoft_ai clause_summary</extracomment>
            <translation>Nur im Vereinigten Königreich: Beiträge, Kommentare, Artikel, Gemeinschaftsartikel und Videos werden an Microsoft weitergegeben, um dessen eigene KI-Modelle zu trainieren, sofern Sie „Daten zur Verbesserung generativer KI“ nicht ausschalten.</translation>
        </message>
        <message>
            <source>In the notice text but barely reported (policies.md §6.10); confirm the in-app wording.</source>
            <extracomment>linkedin.toml: linkedin.uk.microsoft_ai note</extracomment>
            <translation>Steht im Hinweis, wurde aber kaum berichtet (policies.md §6.10); prüfen Sie den Wortlaut in der App.</translation>
        </message>
        <message>
            <source>Microsoft (own AI models)</source>
            <extracomment>linkedin.toml: linkedin.uk.microsoft_ai recipients</extracomment>
            <translation>Microsoft (eigene KI-Modelle)</translation>
        </message>
        <message>
            <source>LinkedIn may share your publicly shared content with affiliates, including Microsoft, to provide or develop their services.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.public_content clause_summary</extracomment>
            <translation>LinkedIn darf Ihre öffentlich geteilten Inhalte an verbundene Unternehmen, einschließlich Microsoft, weitergeben, damit diese ihre Dienste erbringen oder entwickeln.</translation>
        </message>
        <message>
            <source>The clause is confirmed, but whether 'develop their services' includes AI training is not stated; shown as uncertain.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.public_content note</extracomment>
            <translation>Die Klausel ist bestätigt, aber ob „ihre Dienste entwickeln“ KI-Training einschließt, wird nicht gesagt; daher als unklar angezeigt.</translation>
        </message>
        <message>
            <source>Outside the EU, EEA, Switzerland and the UK, LinkedIn may share personal data with Microsoft to develop and show advertising, unless you turn off sharing with affiliates and partners.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.ads clause_summary</extracomment>
            <translation>Außerhalb von EU, EWR, Schweiz und Vereinigtem Königreich darf LinkedIn personenbezogene Daten an Microsoft weitergeben, um Werbung zu entwickeln und anzuzeigen, sofern Sie die Weitergabe an verbundene Unternehmen und Partner nicht ausschalten.</translation>
        </message>
        <message>
            <source>Policy text confirmed; which data categories go to Microsoft is from press summaries. Since 2026-02-23 Microsoft may show these ads outside its own services.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.ads note</extracomment>
            <translation>Richtlinientext bestätigt; welche Datenkategorien an Microsoft gehen, stammt aus Presseberichten. Seit 23.02.2026 darf Microsoft diese Werbung auch außerhalb seiner eigenen Dienste zeigen.</translation>
        </message>
        <message>
            <source>Microsoft (advertising)</source>
            <extracomment>linkedin.toml: linkedin.affiliates.ads recipients</extracomment>
            <translation>Microsoft (Werbung)</translation>
        </message>
        <message>
            <source>US: engagement data from outside LinkedIn is used to improve ad targeting, unless you turn off Data from others for ads.</source>
            <extracomment>linkedin.toml: linkedin.ads.off_platform_us clause_summary</extracomment>
            <translation>USA: Interaktionsdaten von außerhalb LinkedIns werden zur Verbesserung des Werbe-Targetings genutzt, sofern Sie „Daten von anderen für Werbung“ nicht ausschalten.</translation>
        </message>
        <message>
            <source>LinkedIn advertising</source>
            <extracomment>linkedin.toml: linkedin.ads.off_platform_us recipients</extracomment>
            <translation>LinkedIn-Werbung</translation>
        </message>
        <message>
            <source>Reactions, searches, ad clicks, connections and group memberships are not in the content-generating training list (they feed ranking and personalisation AI).</source>
            <extracomment>linkedin.toml: linkedin.genai_training.activity_not_listed clause_summary</extracomment>
            <translation>Reaktionen, Suchen, Werbeklicks, Kontakte und Gruppenmitgliedschaften stehen nicht auf der Liste für das Training inhaltserzeugender KI (sie fließen in KI für Ranking und Personalisierung ein).</translation>
        </message>
        <message>
            <source>EU/EEA/CH/UK members can object to the other AI uses with the Data Processing Objection form.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.activity_not_listed note</extracomment>
            <translation>Mitglieder in EU/EWR/CH/UK können den anderen KI-Nutzungen mit dem Formular für Widerspruch gegen Datenverarbeitung widersprechen.</translation>
        </message>
        <message>
            <source>Login data, payment data and member-specific salary data are excluded from AI training.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.account_data_excluded clause_summary</extracomment>
            <translation>Anmeldedaten, Zahlungsdaten und mitgliederbezogene Gehaltsdaten sind vom KI-Training ausgenommen.</translation>
        </message>
        <message>
            <source>Meta statement on generative-AI training data (Llama 2 era)</source>
            <extracomment>meta.toml: meta.genai_statement.2023-09 title</extracomment>
            <translation>Meta-Erklärung zu Trainingsdaten für generative KI (Zeit von Llama 2)</translation>
        </message>
        <message>
            <source>Public posts and captions used, private messages with friends and family not. Australian Senate 2024-09-11: adults' public posts back to 2007 used.</source>
            <extracomment>meta.toml: meta.genai_statement.2023-09 note</extracomment>
            <translation>Öffentliche Beiträge und Bildunterschriften werden genutzt, private Nachrichten mit Freunden und Familie nicht. Australischer Senat, 11.09.2024: Öffentliche Beiträge Erwachsener bis zurück ins Jahr 2007 wurden genutzt.</translation>
        </message>
        <message>
            <source>Meta notice to Brazilian users after ANPD lifted its suspension</source>
            <extracomment>meta.toml: meta.br_notice.2024-09-03 title</extracomment>
            <translation>Meta-Hinweis an Nutzende in Brasilien, nachdem die ANPD ihre Aussetzung aufgehoben hatte</translation>
        </message>
        <message>
            <source>Meta resumes UK training on adults' public content</source>
            <extracomment>meta.toml: meta.uk_resumption.2024-09-13 title</extracomment>
            <translation>Meta nimmt im Vereinigten Königreich das Training mit öffentlichen Inhalten Erwachsener wieder auf</translation>
        </message>
        <message>
            <source>Meta Privacy Policy (European view)</source>
            <extracomment>meta.toml: meta.privacy_eu.2025-05-27 title; meta.toml: meta.privacy_eu.2026-07-23 title</extracomment>
            <translation>Meta-Datenschutzrichtlinie (europäische Fassung)</translation>
        </message>
        <message>
            <source>Adds 'Develop and improve AI at Meta for Meta Products and for third parties': adults' public content and all users' AI interactions.</source>
            <extracomment>meta.toml: meta.privacy_eu.2025-05-27 note</extracomment>
            <translation>Ergänzt „KI bei Meta für Meta-Produkte und für Dritte entwickeln und verbessern“: öffentliche Inhalte Erwachsener und KI-Interaktionen aller Nutzenden.</translation>
        </message>
        <message>
            <source>Meta Privacy Policy (US view)</source>
            <extracomment>meta.toml: meta.privacy.2025-12-16 title; meta.toml: meta.privacy.2026-07-23 title</extracomment>
            <translation>Meta-Datenschutzrichtlinie (US-Fassung)</translation>
        </message>
        <message>
            <source>Adds interactions with Meta AI to ad and content personalisation inputs (not EU, UK, South Korea).</source>
            <extracomment>meta.toml: meta.privacy.2025-12-16 note</extracomment>
            <translation>Nimmt Interaktionen mit Meta AI in die Grundlagen für die Personalisierung von Werbung und Inhalten auf (nicht in EU, Vereinigtem Königreich, Südkorea).</translation>
        </message>
        <message>
            <source>Threads Supplemental Privacy Policy</source>
            <extracomment>meta.toml: threads.supplement.2026-01-21 title</extracomment>
            <translation>Ergänzende Datenschutzrichtlinie für Threads</translation>
        </message>
        <message>
            <source>Restructured around AI integrations and agentic AI; objection links move to help.meta.com. Changes after 2026-08-22 unchecked.</source>
            <extracomment>meta.toml: meta.privacy.2026-07-23 note</extracomment>
            <translation>Neu gegliedert um KI-Integrationen und agentische KI; Widerspruchslinks ziehen nach help.meta.com um. Änderungen nach dem 22.08.2026 ungeprüft.</translation>
        </message>
        <message>
            <source>Right to object to AI at Meta using your information (Facebook form); on = objection submitted</source>
            <extracomment>meta.toml: meta.objection_facebook label</extracomment>
            <translation>Recht auf Widerspruch gegen die Nutzung Ihrer Informationen durch KI bei Meta (Facebook-Formular); an = Widerspruch eingereicht</translation>
        </message>
        <message>
            <source>Value true means you submitted the objection; its date matters (objections before 2025-05-27 kept EU past content out).</source>
            <extracomment>meta.toml: meta.objection_facebook note</extracomment>
            <translation>Der Wert „wahr“ bedeutet, dass Sie den Widerspruch eingereicht haben; sein Datum ist wichtig (Widersprüche vor dem 27.05.2025 haben frühere Inhalte in der EU ausgeschlossen).</translation>
        </message>
        <message>
            <source>Right to object to AI at Meta using your information (Instagram form, also Threads); on = objection submitted</source>
            <extracomment>meta.toml: meta.objection_instagram label</extracomment>
            <translation>Recht auf Widerspruch gegen die Nutzung Ihrer Informationen durch KI bei Meta (Instagram-Formular, auch für Threads); an = Widerspruch eingereicht</translation>
        </message>
        <message>
            <source>Facebook and Instagram accounts are in the same Accounts Center</source>
            <extracomment>meta.toml: meta.accounts_center_linked label</extracomment>
            <translation>Facebook- und Instagram-Konto sind in derselben Kontenübersicht</translation>
        </message>
        <message>
            <source>A fact, not an opt-out: when linked, one objection reportedly covers both accounts (policies.md §6.6).</source>
            <extracomment>meta.toml: meta.accounts_center_linked note</extracomment>
            <translation>Eine Tatsache, kein Opt-out: Sind die Konten verknüpft, gilt ein Widerspruch Berichten zufolge für beide (policies.md §6.6).</translation>
        </message>
        <message>
            <source>Threads → Fediverse sharing (extension key, not in policies.md §5.4)</source>
            <extracomment>meta.toml: threads.fediverse_sharing label</extracomment>
            <translation>Threads → Teilen im Fediverse (Erweiterungsschlüssel, nicht in policies.md §5.4)</translation>
        </message>
        <message>
            <source>Public content you create (posts, photos, videos, reels, stories, captions, comments, reviews, public profile) is used to develop and improve AI at Meta, for Meta Products and for third parties.</source>
            <extracomment>meta.toml: meta.ai_training.public_content clause_summary</extracomment>
            <translation>Öffentliche Inhalte, die Sie erstellen (Beiträge, Fotos, Videos, Reels, Stories, Bildunterschriften, Kommentare, Bewertungen, öffentliches Profil), werden genutzt, um KI bei Meta für Meta-Produkte und für Dritte zu entwickeln und zu verbessern.</translation>
        </message>
        <message>
            <source>US and most regions: content back to 2007, no objection route. EU: objections filed before 2025-05-27 kept past content out; later ones stop future use only.</source>
            <extracomment>meta.toml: meta.ai_training.public_content note</extracomment>
            <translation>USA und die meisten Regionen: Inhalte bis zurück ins Jahr 2007, kein Widerspruchsweg. EU: Widersprüche vor dem 27.05.2025 haben frühere Inhalte ausgeschlossen; spätere stoppen nur die künftige Nutzung.</translation>
        </message>
        <message>
            <source>Meta</source>
            <extracomment>meta.toml: meta.ai_training.public_content recipients; meta.toml: meta.ai_chats.training recipients; meta.toml: meta.private_messages.shared_with_ai recipients</extracomment>
            <translation>Meta</translation>
        </message>
        <message>
            <source>third parties using models Meta makes available</source>
            <extracomment>meta.toml: meta.ai_training.public_content recipients; meta.toml: meta.ai_chats.training recipients</extracomment>
            <translation>Dritte, die von Meta bereitgestellte Modelle nutzen</translation>
        </message>
        <message>
            <source>Friends-only content and content of private accounts is not used to train AI at Meta.</source>
            <extracomment>meta.toml: meta.ai_training.non_public_excluded clause_summary</extracomment>
            <translation>Inhalte nur für Freunde und Inhalte privater Konten werden nicht zum Training von KI bei Meta genutzt.</translation>
        </message>
        <message>
            <source>Making posts private stops future use; it does not remove past use.</source>
            <extracomment>meta.toml: meta.ai_training.non_public_excluded note</extracomment>
            <translation>Beiträge privat zu machen stoppt die künftige Nutzung; frühere Nutzung wird dadurch nicht rückgängig gemacht.</translation>
        </message>
        <message>
            <source>Public content of users under 18 is not used to train AI at Meta (EU policy row is 18+ only; elsewhere Meta's public statements).</source>
            <extracomment>meta.toml: meta.ai_training.minors_excluded clause_summary</extracomment>
            <translation>Öffentliche Inhalte von Nutzenden unter 18 werden nicht zum Training von KI bei Meta genutzt (in der EU-Richtlinie nur ab 18; anderswo laut öffentlichen Aussagen von Meta).</translation>
        </message>
        <message>
            <source>Photos of children posted publicly by adults are used. Outside the EU the policy text has no age qualifier (policies.md §6.7).</source>
            <extracomment>meta.toml: meta.ai_training.minors_excluded note</extracomment>
            <translation>Fotos von Kindern, die Erwachsene öffentlich gepostet haben, werden genutzt. Außerhalb der EU enthält der Richtlinientext keine Altersgrenze (policies.md §6.7).</translation>
        </message>
        <message>
            <source>Your interactions with Meta AI (text, voice, images, prompts) are used to develop and improve AI at Meta, for Meta Products and for third parties.</source>
            <extracomment>meta.toml: meta.ai_chats.training clause_summary</extracomment>
            <translation>Ihre Interaktionen mit Meta AI (Text, Sprache, Bilder, Eingaben) werden genutzt, um KI bei Meta für Meta-Produkte und für Dritte zu entwickeln und zu verbessern.</translation>
        </message>
        <message>
            <source>Publicly shared chats appear in the Meta AI app Discover feed. The start date outside the EU is approximate.</source>
            <extracomment>meta.toml: meta.ai_chats.training note</extracomment>
            <translation>Öffentlich geteilte Chats erscheinen im Feed „Entdecken“ der Meta-AI-App. Der Beginn außerhalb der EU ist ungefähr.</translation>
        </message>
        <message>
            <source>Since 2025-12-16 your interactions with Meta AI are used to personalise content and ads (not in the EU, UK or South Korea); sensitive topics are excluded and there is no opt-out other than not using Meta AI.</source>
            <extracomment>meta.toml: meta.ai_chats.ads clause_summary</extracomment>
            <translation>Seit 16.12.2025 werden Ihre Interaktionen mit Meta AI zur Personalisierung von Inhalten und Werbung genutzt (nicht in EU, Vereinigtem Königreich oder Südkorea); sensible Themen sind ausgenommen, und es gibt kein Opt-out außer Meta AI nicht zu nutzen.</translation>
        </message>
        <message>
            <source>Sensitive topics (religion, sexual orientation, politics, health, race or ethnicity, philosophical beliefs, union membership) are not used for ads.</source>
            <extracomment>meta.toml: meta.ai_chats.ads note</extracomment>
            <translation>Sensible Themen (Religion, sexuelle Orientierung, Politik, Gesundheit, ethnische Herkunft, weltanschauliche Überzeugungen, Gewerkschaftszugehörigkeit) werden nicht für Werbung genutzt.</translation>
        </message>
        <message>
            <source>Meta advertising</source>
            <extracomment>meta.toml: meta.ai_chats.ads recipients; meta.toml: meta.ai_chats.ads_eu_unclear recipients; meta.toml: meta.activity.ads recipients</extracomment>
            <translation>Meta-Werbung</translation>
        </message>
        <message>
            <source>The EU policy lists AI interactions among consent-based ad inputs, but Meta excluded the EU at the ads launch; whether EU chats now feed ads (with ad consent) is unclear.</source>
            <extracomment>meta.toml: meta.ai_chats.ads_eu_unclear clause_summary</extracomment>
            <translation>Die EU-Richtlinie führt KI-Interaktionen unter den einwilligungsbasierten Werbegrundlagen, Meta hat die EU beim Start der Werbung aber ausgenommen; ob Chats in der EU jetzt (mit Werbeeinwilligung) in Werbung einfließen, ist unklar.</translation>
        </message>
        <message>
            <source>policies.md §6.8.</source>
            <extracomment>meta.toml: meta.ai_chats.ads_eu_unclear note</extracomment>
            <translation>policies.md §6.8.</translation>
        </message>
        <message>
            <source>Private messages (Messenger, Instagram Direct) are not used to train AI at Meta unless you or someone in the chat shares them with Meta AI.</source>
            <extracomment>meta.toml: meta.private_messages.excluded clause_summary</extracomment>
            <translation>Private Nachrichten (Messenger, Instagram Direct) werden nicht zum Training von KI bei Meta genutzt, es sei denn, Sie oder jemand im Chat teilt sie mit Meta AI.</translation>
        </message>
        <message>
            <source>Messages shared with Meta AI in a chat (for example by invoking @Meta AI) count as interactions with AI at Meta and are used to improve it.</source>
            <extracomment>meta.toml: meta.private_messages.shared_with_ai clause_summary</extracomment>
            <translation>Nachrichten, die in einem Chat mit Meta AI geteilt werden (zum Beispiel durch Aufruf von @Meta AI), gelten als Interaktionen mit KI bei Meta und werden zu deren Verbesserung genutzt.</translation>
        </message>
        <message>
            <source>Likes, reactions, follows, friend lists, views and ad activity are not listed as AI-training inputs.</source>
            <extracomment>meta.toml: meta.activity.not_training clause_summary</extracomment>
            <translation>Likes, Reaktionen, Abonnements, Freundeslisten, Aufrufe und Werbeaktivität werden nicht als Daten für KI-Training genannt.</translation>
        </message>
        <message>
            <source>Your activity (likes, follows, views, searches, ad interactions, activity reported by other apps) is used to personalise content and ads.</source>
            <extracomment>meta.toml: meta.activity.ads clause_summary</extracomment>
            <translation>Ihre Aktivität (Likes, Abonnements, Aufrufe, Suchen, Werbeinteraktionen, von anderen Apps gemeldete Aktivität) wird zur Personalisierung von Inhalten und Werbung genutzt.</translation>
        </message>
        <message>
            <source>Start date not researched. In the EU a 'less personalised ads' choice exists since 2026-01 (press).</source>
            <extracomment>meta.toml: meta.activity.ads note</extracomment>
            <translation>Beginn nicht recherchiert. In der EU gibt es seit 2026-01 die Wahl „weniger personalisierte Werbung“ (Presse).</translation>
        </message>
        <message>
            <source>Connected third-party apps can exchange data with AI at Meta features; what this means for AI training is not spelled out.</source>
            <extracomment>meta.toml: meta.connected_apps.ai clause_summary</extracomment>
            <translation>Verbundene Apps Dritter können Daten mit Funktionen von KI bei Meta austauschen; was das für KI-Training bedeutet, wird nicht ausgeführt.</translation>
        </message>
        <message>
            <source>If you turn on fediverse sharing, your public Threads posts and profile are copied to third-party servers that apply their own policies (possibly scraped for AI).</source>
            <extracomment>meta.toml: threads.fediverse.public_posts clause_summary</extracomment>
            <translation>Wenn Sie das Teilen im Fediverse einschalten, werden Ihre öffentlichen Threads-Beiträge und Ihr Profil auf Server Dritter kopiert, die ihre eigenen Richtlinien anwenden (möglicherweise für KI ausgelesen).</translation>
        </message>
        <message>
            <source>Copies already on other servers are not removed when you turn sharing off.</source>
            <extracomment>meta.toml: threads.fediverse.public_posts note</extracomment>
            <translation>Bereits auf anderen Servern vorhandene Kopien werden beim Ausschalten des Teilens nicht entfernt.</translation>
        </message>
        <message>
            <source>fediverse servers (outside Meta's control)</source>
            <extracomment>meta.toml: threads.fediverse.public_posts recipients</extracomment>
            <translation>Fediverse-Server (außerhalb der Kontrolle von Meta)</translation>
        </message>
        <message>
            <source>X Privacy Policy</source>
            <extracomment>x.toml: x.privacy.2023-09-29 title; x.toml: x.privacy.2024-11-15 title; x.toml: x.privacy.2025-07-28 title; x.toml: x.privacy.2026-01-15 title</extracomment>
            <translation>X-Datenschutzrichtlinie</translation>
        </message>
        <message>
            <source>First version saying X may use collected and publicly available information to train its machine-learning or AI models.</source>
            <extracomment>x.toml: x.privacy.2023-09-29 note</extracomment>
            <translation>Erste Fassung, nach der X erfasste und öffentlich verfügbare Informationen zum Training seiner Modelle für maschinelles Lernen oder KI nutzen darf.</translation>
        </message>
        <message>
            <source>Grok data-sharing checkbox (ticked by default), announced by @Safety</source>
            <extracomment>x.toml: x.grok_setting.2024-07-26 title</extracomment>
            <translation>Grok-Kontrollkästchen zur Datenweitergabe (standardmäßig angehakt), angekündigt von @Safety</translation>
        </message>
        <message>
            <source>X undertaking to the Irish High Court (made permanent 2024-09-04)</source>
            <extracomment>x.toml: x.dpc_undertaking.2024-08-08 title</extracomment>
            <translation>Verpflichtungserklärung von X gegenüber dem irischen High Court (am 04.09.2024 dauerhaft gemacht)</translation>
        </message>
        <message>
            <source>Stops processing EU/EEA public-post data collected 2024-05-07..2024-08-01 for Grok.</source>
            <extracomment>x.toml: x.dpc_undertaking.2024-08-08 note</extracomment>
            <translation>Beendet die Verarbeitung öffentlicher Beiträge aus EU/EWR, die vom 07.05.2024 bis 01.08.2024 erfasst wurden, für Grok.</translation>
        </message>
        <message>
            <source>Adds third-party collaborators who may train their own AI models unless you opt out.</source>
            <extracomment>x.toml: x.privacy.2024-11-15 note</extracomment>
            <translation>Ergänzt Drittanbieter-Partner, die ihre eigenen KI-Modelle trainieren dürfen, sofern Sie nicht widersprechen.</translation>
        </message>
        <message>
            <source>X Terms of Service</source>
            <extracomment>x.toml: x.tos.2024-11-15 title; x.toml: x.tos.2026-01-15 title</extracomment>
            <translation>X-Nutzungsbedingungen</translation>
        </message>
        <message>
            <source>Explicit licence to use your content to train X's ML/AI models and make it available to other companies.</source>
            <extracomment>x.toml: x.tos.2024-11-15 note</extracomment>
            <translation>Ausdrückliche Lizenz, Ihre Inhalte zum Training der ML-/KI-Modelle von X zu nutzen und sie anderen Unternehmen zur Verfügung zu stellen.</translation>
        </message>
        <message>
            <source>xAI Europe Privacy Policy Addendum (EEA, UK, Switzerland)</source>
            <extracomment>x.toml: xai.europe_addendum.2025-04-24 title</extracomment>
            <translation>Europäischer Nachtrag zur Datenschutzrichtlinie von xAI (EWR, Vereinigtes Königreich, Schweiz)</translation>
        </message>
        <message>
            <source>X Developer Agreement</source>
            <extracomment>x.toml: x.developer.2025-06-04 title</extracomment>
            <translation>X-Entwicklervereinbarung</translation>
        </message>
        <message>
            <source>Forbids using the X API or X content to train or fine-tune foundation or frontier models.</source>
            <extracomment>x.toml: x.developer.2025-06-04 note</extracomment>
            <translation>Verbietet, die X-API oder X-Inhalte zum Training oder Feinabstimmen von Basis- oder Frontier-Modellen zu nutzen.</translation>
        </message>
        <message>
            <source>Retention changes only; no AI change.</source>
            <extracomment>x.toml: x.privacy.2025-07-28 note</extracomment>
            <translation>Nur Änderungen bei der Aufbewahrung; keine Änderung zu KI.</translation>
        </message>
        <message>
            <source>Adds age estimation; AI and third-party-collaborator clauses unchanged. Changes after 2026-08-22 unchecked.</source>
            <extracomment>x.toml: x.privacy.2026-01-15 note</extracomment>
            <translation>Ergänzt Altersschätzung; Klauseln zu KI und Drittanbieter-Partnern unverändert. Änderungen nach dem 22.08.2026 ungeprüft.</translation>
        </message>
        <message>
            <source>Content now includes AI prompts and outputs. Outside EU/EFTA/UK a 2026-04-10 version changes only the court venue.</source>
            <extracomment>x.toml: x.tos.2026-01-15 note</extracomment>
            <translation>„Inhalte“ umfassen jetzt KI-Eingaben und -Ausgaben. Außerhalb von EU/EFTA/UK ändert eine Fassung vom 10.04.2026 nur den Gerichtsstand.</translation>
        </message>
        <message>
            <source>Grok &amp; Third-party Collaborators → Data Sharing</source>
            <extracomment>x.toml: x.grok_data_sharing label</extracomment>
            <translation>Grok &amp; Drittanbieter-Partner → Datenweitergabe</translation>
        </message>
        <message>
            <source>Ticked by default since July 2024; whether EU/EEA accounts start unticked is not confirmed (policies.md §6.3).</source>
            <extracomment>x.toml: x.grok_data_sharing note</extracomment>
            <translation>Seit Juli 2024 standardmäßig angehakt; ob Konten in EU/EWR ohne Häkchen starten, ist nicht bestätigt (policies.md §6.3).</translation>
        </message>
        <message>
            <source>Grok &amp; Third-party Collaborators → Grok Personalization</source>
            <extracomment>x.toml: x.grok_personalization label</extracomment>
            <translation>Grok &amp; Drittanbieter-Partner → Grok-Personalisierung</translation>
        </message>
        <message>
            <source>Known only from a third-party audit (policies.md §6.5); no rule depends on it yet.</source>
            <extracomment>x.toml: x.grok_personalization note</extracomment>
            <translation>Nur aus einer Prüfung durch Dritte bekannt (policies.md §6.5); bisher hängt keine Regel davon ab.</translation>
        </message>
        <message>
            <source>Data sharing with business partners → Allow additional information sharing</source>
            <extracomment>x.toml: x.business_partners label</extracomment>
            <translation>Datenweitergabe an Geschäftspartner → Zusätzliche Informationsweitergabe zulassen</translation>
        </message>
        <message>
            <source>Audience and tagging → Protect your posts</source>
            <extracomment>x.toml: x.protected label</extracomment>
            <translation>Zielgruppe und Markierungen → Deine Beiträge schützen</translation>
        </message>
        <message>
            <source>Not an opt-out: it makes future posts non-public, which takes them out of 'public data'.</source>
            <extracomment>x.toml: x.protected note</extracomment>
            <translation>Kein Opt-out: Es macht künftige Beiträge nicht öffentlich, sodass sie nicht mehr zu den „öffentlichen Daten“ zählen.</translation>
        </message>
        <message>
            <source>X may use the information it collects and publicly available information to help train its machine-learning and AI models.</source>
            <extracomment>x.toml: x.ml_training.public_content clause_summary</extracomment>
            <translation>X darf die von ihm erfassten und öffentlich verfügbare Informationen nutzen, um seine Modelle für maschinelles Lernen und KI zu trainieren.</translation>
        </message>
        <message>
            <source>No setting is documented as controlling X's own use; deleting stops future use only.</source>
            <extracomment>x.toml: x.ml_training.public_content note</extracomment>
            <translation>Keine Einstellung ist dokumentiert, die die eigene Nutzung durch X steuert; Löschen stoppt nur die künftige Nutzung.</translation>
        </message>
        <message>
            <source>X</source>
            <extracomment>x.toml: x.ml_training.public_content recipients; x.toml: x.ml_training.other_collected_info recipients; x.toml: x.ml_training.protected_content recipients; x.toml: x.terms_licence.ai_inputs recipients</extracomment>
            <translation>X</translation>
        </message>
        <message>
            <source>X's general clause covers 'the information we collect'; the policy does not say whether likes, bookmarks, follows, DMs or protected posts are used to train its models.</source>
            <extracomment>x.toml: x.ml_training.other_collected_info clause_summary</extracomment>
            <translation>Die allgemeine Klausel von X umfasst „die Informationen, die wir erfassen“; die Richtlinie sagt nicht, ob Likes, Lesezeichen, Abonnements, Direktnachrichten oder geschützte Beiträge zum Training seiner Modelle genutzt werden.</translation>
        </message>
        <message>
            <source>policies.md §6.2: not named as training data; the general ML clause is broad. Adding Grok to an X Chat reportedly removes its end-to-end encryption.</source>
            <extracomment>x.toml: x.ml_training.other_collected_info note</extracomment>
            <translation>policies.md §6.2: nicht als Trainingsdaten genannt; die allgemeine ML-Klausel ist weit gefasst. Wird Grok zu einem X-Chat hinzugefügt, entfällt Berichten zufolge dessen Ende-zu-Ende-Verschlüsselung.</translation>
        </message>
        <message>
            <source>The general ML clause is not limited to public content, so X's own use of protected posts is not ruled out by the text.</source>
            <extracomment>x.toml: x.ml_training.protected_content clause_summary</extracomment>
            <translation>Die allgemeine ML-Klausel ist nicht auf öffentliche Inhalte beschränkt; der Text schließt daher nicht aus, dass X geschützte Beiträge selbst nutzt.</translation>
        </message>
        <message>
            <source>The Terms licence lets X use your content to train its ML/AI models and make it available to other companies (API and data licensing).</source>
            <extracomment>x.toml: x.terms_licence.public_content clause_summary</extracomment>
            <translation>Die Lizenz in den Nutzungsbedingungen erlaubt X, Ihre Inhalte zum Training seiner ML-/KI-Modelle zu nutzen und sie anderen Unternehmen zur Verfügung zu stellen (API- und Datenlizenzierung).</translation>
        </message>
        <message>
            <source>Since 2025-06-04 the Developer Agreement bars training foundation models through the API; licensing deals remain. Copies held by licensees may persist after deletion.</source>
            <extracomment>x.toml: x.terms_licence.public_content note</extracomment>
            <translation>Seit 04.06.2025 untersagt die Entwicklervereinbarung das Training von Basismodellen über die API; Lizenzvereinbarungen bestehen weiter. Kopien bei Lizenznehmern können nach dem Löschen fortbestehen.</translation>
        </message>
        <message>
            <source>companies X licenses or syndicates content to</source>
            <extracomment>x.toml: x.terms_licence.public_content recipients</extracomment>
            <translation>Unternehmen, an die X Inhalte lizenziert oder weitergibt</translation>
        </message>
        <message>
            <source>Since 2026-01-15 'Content' explicitly includes AI inputs, prompts and outputs, so the Terms licence (incl. AI training) covers your Grok chats.</source>
            <extracomment>x.toml: x.terms_licence.ai_inputs clause_summary</extracomment>
            <translation>Seit 15.01.2026 umfassen „Inhalte“ ausdrücklich KI-Eingaben, Prompts und Ausgaben; die Lizenz in den Nutzungsbedingungen (einschl. KI-Training) erfasst damit Ihre Grok-Chats.</translation>
        </message>
        <message>
            <source>Your public data (posts, media, public profile) may be shared with xAI to train and fine-tune Grok unless you untick Data Sharing.</source>
            <extracomment>x.toml: x.grok_training.public_posts clause_summary</extracomment>
            <translation>Ihre öffentlichen Daten (Beiträge, Medien, öffentliches Profil) dürfen an xAI weitergegeben werden, um Grok zu trainieren und feinabzustimmen, sofern Sie das Häkchen bei „Datenweitergabe“ nicht entfernen.</translation>
        </message>
        <message>
            <source>Start ~2024-05 (policy basis 2023-09-29). Opting out stops future use; trained models are not undone.</source>
            <extracomment>x.toml: x.grok_training.public_posts note</extracomment>
            <translation>Beginn um 2024-05 (Grundlage in der Richtlinie vom 29.09.2023). Ein Opt-out stoppt die künftige Nutzung; trainierte Modelle werden nicht rückgängig gemacht.</translation>
        </message>
        <message>
            <source>xAI (affiliate; SpaceX group since 2026-02)</source>
            <extracomment>x.toml: x.grok_training.public_posts recipients; x.toml: x.grok_training.europe_legitimate_interest recipients; x.toml: x.grok_training.chats recipients</extracomment>
            <translation>xAI (verbundenes Unternehmen; seit 2026-02 Teil der SpaceX-Gruppe)</translation>
        </message>
        <message>
            <source>X used EU/EEA users' public posts to train Grok from 2024-05-07 to 2024-08-01, then undertook (permanently, 2024-09-04) to stop processing that data.</source>
            <extracomment>x.toml: x.grok_training.eu_window_2024 clause_summary</extracomment>
            <translation>X nutzte öffentliche Beiträge von Nutzenden in EU/EWR vom 07.05.2024 bis 01.08.2024 zum Training von Grok und verpflichtete sich dann (dauerhaft, 04.09.2024), die Verarbeitung dieser Daten einzustellen.</translation>
        </message>
        <message>
            <source>Window from the Irish DPC via press; the undertaking itself is confirmed. The Data Sharing box appeared only in late July 2024.</source>
            <extracomment>x.toml: x.grok_training.eu_window_2024 note</extracomment>
            <translation>Zeitraum laut irischer Datenschutzbehörde (DPC) über die Presse; die Verpflichtung selbst ist bestätigt. Das Kästchen „Datenweitergabe“ erschien erst Ende Juli 2024.</translation>
        </message>
        <message>
            <source>xAI (Grok)</source>
            <extracomment>x.toml: x.grok_training.eu_window_2024 recipients</extracomment>
            <translation>xAI (Grok)</translation>
        </message>
        <message>
            <source>xAI lists 'X public posts for over 18 year olds' among its training data for the EEA, UK and Switzerland under legitimate interests; you can object in settings.</source>
            <extracomment>x.toml: x.grok_training.europe_legitimate_interest clause_summary</extracomment>
            <translation>xAI nennt „öffentliche X-Beiträge von über 18-Jährigen“ unter seinen Trainingsdaten für EWR, Vereinigtes Königreich und Schweiz, gestützt auf berechtigte Interessen; Sie können in den Einstellungen widersprechen.</translation>
        </message>
        <message>
            <source>The Irish DPC inquiry opened 2025-04-11 is still open as far as known.</source>
            <extracomment>x.toml: x.grok_training.europe_legitimate_interest note</extracomment>
            <translation>Die am 11.04.2025 eröffnete Untersuchung der irischen Datenschutzbehörde (DPC) läuft nach unserem Kenntnisstand noch.</translation>
        </message>
        <message>
            <source>xAI's Europe addendum limits X public posts used for training to over-18s.</source>
            <extracomment>x.toml: x.grok_training.europe_minors_excluded clause_summary</extracomment>
            <translation>Der europäische Nachtrag von xAI beschränkt die für das Training genutzten öffentlichen X-Beiträge auf über 18-Jährige.</translation>
        </message>
        <message>
            <source>X says posts of protected accounts are not used to train Grok.</source>
            <extracomment>x.toml: x.grok_training.protected_excluded clause_summary</extracomment>
            <translation>Laut X werden Beiträge geschützter Konten nicht zum Training von Grok genutzt.</translation>
        </message>
        <message>
            <source>Your interactions, inputs and results with Grok may be used by xAI for training and fine-tuning unless you untick Data Sharing.</source>
            <extracomment>x.toml: x.grok_training.chats clause_summary</extracomment>
            <translation>Ihre Interaktionen, Eingaben und Ergebnisse mit Grok dürfen von xAI für Training und Feinabstimmung genutzt werden, sofern Sie das Häkchen bei „Datenweitergabe“ nicht entfernen.</translation>
        </message>
        <message>
            <source>Feedback (thumbs up/down) may still be used after opting out.</source>
            <extracomment>x.toml: x.grok_training.chats note</extracomment>
            <translation>Feedback (Daumen hoch/runter) darf auch nach einem Opt-out weiter genutzt werden.</translation>
        </message>
        <message>
            <source>Depending on your settings, X may share your information with third-party collaborators who, unless you opt out, may use it to train their own AI models.</source>
            <extracomment>x.toml: x.third_party_collaborators.content clause_summary</extracomment>
            <translation>Je nach Ihren Einstellungen darf X Ihre Informationen an Drittanbieter-Partner weitergeben, die sie, sofern Sie nicht widersprechen, zum Training ihrer eigenen KI-Modelle nutzen dürfen.</translation>
        </message>
        <message>
            <source>The policy names no toggle (policies.md §6.1); both candidates are shown as uncertain.</source>
            <extracomment>x.toml: x.third_party_collaborators.content note</extracomment>
            <translation>Die Richtlinie nennt keinen Schalter (policies.md §6.1); beide infrage kommenden werden als unklar angezeigt.</translation>
        </message>
        <message>
            <source>unnamed third-party collaborators</source>
            <extracomment>x.toml: x.third_party_collaborators.content recipients; x.toml: x.third_party_collaborators.activity_press recipients</extracomment>
            <translation>nicht genannte Drittanbieter-Partner</translation>
        </message>
        <message>
            <source>Press (CBC, 2024-10) reported that likes, bookmarks and reposts are shared with third parties that may train AI; the policy text names no categories.</source>
            <extracomment>x.toml: x.third_party_collaborators.activity_press clause_summary</extracomment>
            <translation>Die Presse (CBC, 2024-10) berichtete, dass Likes, Lesezeichen und Reposts an Dritte weitergegeben werden, die KI trainieren dürfen; der Richtlinientext nennt keine Kategorien.</translation>
        </message>
        <message>
            <source>policies.md §6.12: never show these as 'not used'.</source>
            <extracomment>x.toml: x.third_party_collaborators.activity_press note</extracomment>
            <translation>policies.md §6.12: diese nie als „nicht genutzt“ anzeigen.</translation>
        </message>
    </context>
</TS>
