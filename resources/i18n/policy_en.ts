<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>optouts</name>
        <message>
            <source>Stop sharing your data with xAI for Grok training</source>
            <extracomment>steps.toml: x.grok_data_sharing title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your public posts and your Grok chats (inputs and results) being used by xAI to train and fine-tune Grok and other xAI models.</source>
            <extracomment>steps.toml: x.grok_data_sharing covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X's own use under its privacy policy and Terms licence (no opt-out exists for that), feedback you give on Grok answers, and anything already used: opting out only stops future use.</source>
            <extracomment>steps.toml: x.grok_data_sharing does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More (⋯) → Settings and privacy → Privacy and safety → Data sharing and personalization → Grok &amp; Third-party Collaborators → untick Data Sharing</source>
            <extracomment>steps.toml: x.grok_data_sharing web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile picture → Settings and privacy → Privacy and safety → Grok &amp; Third-party Collaborators → Data Sharing off</source>
            <extracomment>steps.toml: x.grok_data_sharing mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn off Grok Personalization</source>
            <extracomment>steps.toml: x.grok_personalization title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A second path by which X data reaches xAI: Grok using your X activity to personalise its answers.</source>
            <extracomment>steps.toml: x.grok_personalization covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training by X itself, or what was already shared. This toggle is described only by a third-party audit; X's own help page could not be checked.</source>
            <extracomment>steps.toml: x.grok_personalization does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Grok &amp; Third-party Collaborators → untick Grok Personalization</source>
            <extracomment>steps.toml: x.grok_personalization web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same page in the app settings</source>
            <extracomment>steps.toml: x.grok_personalization mobile_path; steps.toml: x.business_partners mobile_path; steps.toml: x.delete_grok_history mobile_path; steps.toml: linkedin.share_with_affiliates mobile_path; steps.toml: linkedin.data_from_others_for_ads mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit sharing with third-party collaborators and business partners</source>
            <extracomment>steps.toml: x.business_partners title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X's privacy policy (since 2024-11-15) lets third-party collaborators use your information, including to train their own AI, unless you opt out in 'your settings'.</source>
            <extracomment>steps.toml: x.business_partners covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X does not name the setting that controls third-party collaborators. This toggle is the closest candidate; the Grok Data Sharing toggle may also apply. Turn both off. Content licensed through X's API or Terms is not affected.</source>
            <extracomment>steps.toml: x.business_partners does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Data sharing and personalization → Data sharing with business partners → untick Allow additional information sharing with business partners</source>
            <extracomment>steps.toml: x.business_partners web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect your posts</source>
            <extracomment>steps.toml: x.protected title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Makes your posts visible only to your followers. X says protected posts are not used to train Grok.</source>
            <extracomment>steps.toml: x.protected covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts already collected, copies kept by search engines or API licensees, and X's own general machine-learning clause.</source>
            <extracomment>steps.toml: x.protected does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Audience and tagging → Protect your posts</source>
            <extracomment>steps.toml: x.protected web_path; steps.toml: x.protected mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete your Grok conversation history</source>
            <extracomment>steps.toml: x.delete_grok_history title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removes past Grok chats from your account (within about 30 days).</source>
            <extracomment>steps.toml: x.delete_grok_history covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models already trained on those chats.</source>
            <extracomment>steps.toml: x.delete_grok_history does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings and privacy → Privacy and safety → Grok &amp; Third-party Collaborators → Delete conversation history</source>
            <extracomment>steps.toml: x.delete_grok_history web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object to AI training under GDPR Article 21</source>
            <extracomment>steps.toml: x.gdpr_objection title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A formal objection to X's and xAI's processing of your data for AI training under legitimate interests; X must stop unless it shows compelling grounds. Complaints go to the Irish Data Protection Commission.</source>
            <extracomment>steps.toml: x.gdpr_objection covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data already used in trained models.</source>
            <extracomment>steps.toml: x.gdpr_objection does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X privacy inquiry form (choose the data-protection request)</source>
            <extracomment>steps.toml: x.gdpr_objection web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn off Data for Generative AI Improvement</source>
            <extracomment>steps.toml: linkedin.data_for_genai title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn and its affiliates (Microsoft) training content-generating AI on your profile, posts, articles, comments, group activity and messages in groups, resumes and screening answers, and AI prompts; in the UK also sharing with Microsoft for Microsoft's own AI.</source>
            <extracomment>steps.toml: linkedin.data_for_genai covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other AI (ranking, personalisation, safety), feedback on AI output, and training already done: it only stops future use.</source>
            <extracomment>steps.toml: linkedin.data_for_genai does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Me → Settings &amp; Privacy → Data privacy → How LinkedIn uses your data → Data for Generative AI Improvement → Off</source>
            <extracomment>steps.toml: linkedin.data_for_genai web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile photo → Settings → Data privacy → Data for Generative AI Improvement → Off</source>
            <extracomment>steps.toml: linkedin.data_for_genai mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sharing data with Microsoft and partners for ads</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn sharing your data with affiliates, including Microsoft, to develop and show advertising (since 2025-11-03 outside the EU, EEA, Switzerland and UK).</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public content shared with affiliates to develop their services, and AI training (see Data for Generative AI Improvement).</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings &amp; Privacy → Advertising data → Share data with affiliates and partners → Off</source>
            <extracomment>steps.toml: linkedin.share_with_affiliates web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop off-LinkedIn data being used for ad targeting</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engagement data from outside LinkedIn used to improve ad-targeting tools (US).</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI training of your content.</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings &amp; Privacy → Advertising data → Data from others for ads → Off</source>
            <extracomment>steps.toml: linkedin.data_from_others_for_ads web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object to other AI uses (Data Processing Objection form)</source>
            <extracomment>steps.toml: linkedin.objection_form title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your right to object to processing based on legitimate interests, including AI uses the toggle does not cover (ranking, personalisation).</source>
            <extracomment>steps.toml: linkedin.objection_form covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training already done.</source>
            <extracomment>steps.toml: linkedin.objection_form does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn Help → Data Processing Objection form</source>
            <extracomment>steps.toml: linkedin.objection_form web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object to AI at Meta using your Facebook information</source>
            <extracomment>steps.toml: meta.objection_facebook title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta training its AI on your public Facebook posts, photos, comments and your Meta AI chats (EU/EEA/UK, Brazil). The form also covers accounts in the same Accounts Center.</source>
            <extracomment>steps.toml: meta.objection_facebook covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models already trained: in the EU only objections filed before 2025-05-27 kept past public content out; later objections stop future use only. Information about you posted by others needs the separate third-party form.</source>
            <extracomment>steps.toml: meta.objection_facebook does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu → Settings &amp; privacy → Privacy Center → AI at Meta → right to object link → country, email, optional reason → Submit (you get an email confirmation)</source>
            <extracomment>steps.toml: meta.objection_facebook web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu → Settings &amp; privacy → Privacy Center → AI at Meta → object</source>
            <extracomment>steps.toml: meta.objection_facebook mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Object to AI at Meta using your Instagram (and Threads) information</source>
            <extracomment>steps.toml: meta.objection_instagram title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta training its AI on your public Instagram and Threads content and your Meta AI chats.</source>
            <extracomment>steps.toml: meta.objection_instagram covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models already trained; content made public by others about you.</source>
            <extracomment>steps.toml: meta.objection_instagram does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile → ☰ → Settings and activity → Privacy Center (or About → Privacy Policy) → object link → Submit</source>
            <extracomment>steps.toml: meta.objection_instagram web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile → ☰ → Settings and activity → About → Privacy Policy → object</source>
            <extracomment>steps.toml: meta.objection_instagram mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No training opt-out exists in your region</source>
            <extracomment>steps.toml: meta.no_opt_out title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta trains on adults' public posts, photos, captions and comments, and on Meta AI chats, with no objection route outside the EU, EEA, UK and Brazil. Since 2025-12-16 your Meta AI chats also personalise ads outside the EU, UK and South Korea, with no opt-out.</source>
            <extracomment>steps.toml: meta.no_opt_out covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you can still do: make past posts non-public, make Instagram private, delete content, and stop using Meta AI.</source>
            <extracomment>steps.toml: meta.no_opt_out does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No training opt-out exists in your region (Instagram and Threads)</source>
            <extracomment>steps.toml: meta.no_opt_out_instagram title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta trains on adults' public Instagram and Threads posts, captions and comments, and on Meta AI chats, with no objection route outside the EU, EEA, UK and Brazil.</source>
            <extracomment>steps.toml: meta.no_opt_out_instagram covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you can still do: make your account private, delete posts, and stop using Meta AI.</source>
            <extracomment>steps.toml: meta.no_opt_out_instagram does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop using Meta AI</source>
            <extracomment>steps.toml: meta.stop_meta_ai title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your chats with Meta AI (in Facebook, Instagram, WhatsApp, Messenger and the Meta AI app) are used to train Meta's AI, and outside the EU, UK and South Korea also to personalise ads since 2025-12-16; not chatting with Meta AI is the only control over new chats.</source>
            <extracomment>steps.toml: meta.stop_meta_ai covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chats you already had, and your public posts (use the visibility steps). In the Meta AI app, prompts you shared to the Discover feed stay public until you delete them.</source>
            <extracomment>steps.toml: meta.stop_meta_ai does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avoid the Meta AI chat in Facebook, Instagram and Messenger; in the Meta AI app: profile → settings → make prompts visible only to you, delete shared posts</source>
            <extracomment>steps.toml: meta.stop_meta_ai web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same in the apps</source>
            <extracomment>steps.toml: meta.stop_meta_ai mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make your past Facebook posts non-public</source>
            <extracomment>steps.toml: meta.limit_past_posts title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friends-only content is not used to train Meta's AI; this stops future use of your old public posts.</source>
            <extracomment>steps.toml: meta.limit_past_posts covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name, profile picture and comments on public Pages or groups, which Meta treats as always public; past training.</source>
            <extracomment>steps.toml: meta.limit_past_posts does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings &amp; privacy → Settings → Audience and visibility → Posts → Limit who can see past posts</source>
            <extracomment>steps.toml: meta.limit_past_posts web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same path in the app</source>
            <extracomment>steps.toml: meta.limit_past_posts mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make your Instagram account private</source>
            <extracomment>steps.toml: meta.private_instagram title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts of private accounts are not used to train Meta's AI from then on.</source>
            <extracomment>steps.toml: meta.private_instagram covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your username and profile picture (always public), comments on public accounts, past training.</source>
            <extracomment>steps.toml: meta.private_instagram does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings and activity → Account privacy → Private account</source>
            <extracomment>steps.toml: meta.private_instagram web_path; steps.toml: meta.private_instagram mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review ad preferences (AI chats feed ads)</source>
            <extracomment>steps.toml: meta.ad_preferences title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ad topics Meta infers; you cannot switch off the Meta AI chat signal itself, only avoid using Meta AI.</source>
            <extracomment>steps.toml: meta.ad_preferences covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI training.</source>
            <extracomment>steps.toml: meta.ad_preferences does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts Center → Ad preferences</source>
            <extracomment>steps.toml: meta.ad_preferences web_path; steps.toml: meta.ad_preferences mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask Meta about information others posted about you</source>
            <extracomment>steps.toml: meta.third_party_info title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests about third-party information used for AI at Meta (anyone, any region, even without an account).</source>
            <extracomment>steps.toml: meta.third_party_info covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own posts (use the objection or visibility steps).</source>
            <extracomment>steps.toml: meta.third_party_info does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data subject rights for third-party information used for AI at Meta</source>
            <extracomment>steps.toml: meta.third_party_info web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Threads fediverse sharing off</source>
            <extracomment>steps.toml: threads.fediverse_sharing title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With sharing on, your public Threads posts and profile are copied to other servers that apply their own policies (possibly scraped for AI).</source>
            <extracomment>steps.toml: threads.fediverse_sharing covers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies already made on other servers; Meta's own training.</source>
            <extracomment>steps.toml: threads.fediverse_sharing does_not_cover</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threads → Settings → Account → Fediverse sharing</source>
            <extracomment>steps.toml: threads.fediverse_sharing web_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threads app → Settings → Account → Fediverse sharing</source>
            <extracomment>steps.toml: threads.fediverse_sharing mobile_path</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>policy</name>
        <message>
            <source>LinkedIn Privacy Policy</source>
            <extracomment>linkedin.toml: linkedin.privacy.2024-09-18 title; linkedin.toml: linkedin.privacy.2025-11-03 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First text saying LinkedIn may use personal data to develop and train AI models. Training had begun ~2024-08, before the text (404 Media); not offered in EU, EEA, CH, UK, CA, HK.</source>
            <extracomment>linkedin.toml: linkedin.privacy.2024-09-18 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extends content-generating AI training to EU/EEA/CH/UK/CA/HK; affiliates (incl. Microsoft) may get public content to develop their services and personal data for ads outside EU/EEA/CH/UK.</source>
            <extracomment>linkedin.toml: linkedin.privacy.2025-11-03 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn European Regional Privacy Notice</source>
            <extracomment>linkedin.toml: linkedin.eu_notice.2025-11-03 title; linkedin.toml: linkedin.eu_notice.2026-08-21 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists group messages among training data; UK only: certain member data shared with Microsoft to train Microsoft's own AI.</source>
            <extracomment>linkedin.toml: linkedin.eu_notice.2025-11-03 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn US state privacy disclosure</source>
            <extracomment>linkedin.toml: linkedin.us_state_notice.2026-02-23 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft may show ads built from shared LinkedIn data anywhere, incl. outside Microsoft services.</source>
            <extracomment>linkedin.toml: linkedin.us_state_notice.2026-02-23 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity verification and 16-17 safeguards; no change to AI training or Microsoft sharing.</source>
            <extracomment>linkedin.toml: linkedin.eu_notice.2026-08-21 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data privacy → Data for Generative AI Improvement</source>
            <extracomment>linkedin.toml: linkedin.data_for_genai label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advertising data → Share data with affiliates and partners</source>
            <extracomment>linkedin.toml: linkedin.share_with_affiliates label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advertising data → Data from others for ads</source>
            <extracomment>linkedin.toml: linkedin.data_from_others_for_ads label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn and its affiliates (incl. Microsoft) may use your profile, posts, articles, comments, group activity, resumes, screening answers and AI-feature prompts to train content-generating AI, unless you turn off Data for Generative AI Improvement.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start outside the newly added regions ~2024-08/09 (before the policy said so). In the regions added on 2025-11-03, older data stayed out only if you opted out before that date. Job-application data tied to specific customers is excluded (press).</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft and other LinkedIn affiliates</source>
            <extracomment>linkedin.toml: linkedin.genai_training.content recipients; linkedin.toml: linkedin.affiliates.public_content recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members LinkedIn believes are under 18 are excluded from generative-AI training, even if the toggle shows on.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.minors_excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private messages and InMail are excluded from content-generating AI training.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.messages_excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A 2025 US class action alleging InMail training was dismissed; LinkedIn denied using messages.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.messages_excluded note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generative AI is used to detect harmful content in messages, and messages may train AI for those safety purposes.</source>
            <extracomment>linkedin.toml: linkedin.safety_ai.messages clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stated in the European notice; the start date is the notice date, the practice may be older.</source>
            <extracomment>linkedin.toml: linkedin.safety_ai.messages note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn trust &amp; safety</source>
            <extracomment>linkedin.toml: linkedin.safety_ai.messages recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UK only: posts, comments, articles, collaborative articles and videos are shared with Microsoft to train Microsoft's own AI models, unless you turn off Data for Generative AI Improvement.</source>
            <extracomment>linkedin.toml: linkedin.uk.microsoft_ai clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the notice text but barely reported (policies.md §6.10); confirm the in-app wording.</source>
            <extracomment>linkedin.toml: linkedin.uk.microsoft_ai note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft (own AI models)</source>
            <extracomment>linkedin.toml: linkedin.uk.microsoft_ai recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn may share your publicly shared content with affiliates, including Microsoft, to provide or develop their services.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.public_content clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clause is confirmed, but whether 'develop their services' includes AI training is not stated; shown as uncertain.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.public_content note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside the EU, EEA, Switzerland and the UK, LinkedIn may share personal data with Microsoft to develop and show advertising, unless you turn off sharing with affiliates and partners.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.ads clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy text confirmed; which data categories go to Microsoft is from press summaries. Since 2026-02-23 Microsoft may show these ads outside its own services.</source>
            <extracomment>linkedin.toml: linkedin.affiliates.ads note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft (advertising)</source>
            <extracomment>linkedin.toml: linkedin.affiliates.ads recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US: engagement data from outside LinkedIn is used to improve ad targeting, unless you turn off Data from others for ads.</source>
            <extracomment>linkedin.toml: linkedin.ads.off_platform_us clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn advertising</source>
            <extracomment>linkedin.toml: linkedin.ads.off_platform_us recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactions, searches, ad clicks, connections and group memberships are not in the content-generating training list (they feed ranking and personalisation AI).</source>
            <extracomment>linkedin.toml: linkedin.genai_training.activity_not_listed clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU/EEA/CH/UK members can object to the other AI uses with the Data Processing Objection form.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.activity_not_listed note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Login data, payment data and member-specific salary data are excluded from AI training.</source>
            <extracomment>linkedin.toml: linkedin.genai_training.account_data_excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta statement on generative-AI training data (Llama 2 era)</source>
            <extracomment>meta.toml: meta.genai_statement.2023-09 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public posts and captions used, private messages with friends and family not. Australian Senate 2024-09-11: adults' public posts back to 2007 used.</source>
            <extracomment>meta.toml: meta.genai_statement.2023-09 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta notice to Brazilian users after ANPD lifted its suspension</source>
            <extracomment>meta.toml: meta.br_notice.2024-09-03 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta resumes UK training on adults' public content</source>
            <extracomment>meta.toml: meta.uk_resumption.2024-09-13 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta Privacy Policy (European view)</source>
            <extracomment>meta.toml: meta.privacy_eu.2025-05-27 title; meta.toml: meta.privacy_eu.2026-07-23 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds 'Develop and improve AI at Meta for Meta Products and for third parties': adults' public content and all users' AI interactions.</source>
            <extracomment>meta.toml: meta.privacy_eu.2025-05-27 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta Privacy Policy (US view)</source>
            <extracomment>meta.toml: meta.privacy.2025-12-16 title; meta.toml: meta.privacy.2026-07-23 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds interactions with Meta AI to ad and content personalisation inputs (not EU, UK, South Korea).</source>
            <extracomment>meta.toml: meta.privacy.2025-12-16 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threads Supplemental Privacy Policy</source>
            <extracomment>meta.toml: threads.supplement.2026-01-21 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restructured around AI integrations and agentic AI; objection links move to help.meta.com. Changes after 2026-08-22 unchecked.</source>
            <extracomment>meta.toml: meta.privacy.2026-07-23 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right to object to AI at Meta using your information (Facebook form); on = objection submitted</source>
            <extracomment>meta.toml: meta.objection_facebook label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value true means you submitted the objection; its date matters (objections before 2025-05-27 kept EU past content out).</source>
            <extracomment>meta.toml: meta.objection_facebook note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right to object to AI at Meta using your information (Instagram form, also Threads); on = objection submitted</source>
            <extracomment>meta.toml: meta.objection_instagram label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facebook and Instagram accounts are in the same Accounts Center</source>
            <extracomment>meta.toml: meta.accounts_center_linked label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fact, not an opt-out: when linked, one objection reportedly covers both accounts (policies.md §6.6).</source>
            <extracomment>meta.toml: meta.accounts_center_linked note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threads → Fediverse sharing (extension key, not in policies.md §5.4)</source>
            <extracomment>meta.toml: threads.fediverse_sharing label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public content you create (posts, photos, videos, reels, stories, captions, comments, reviews, public profile) is used to develop and improve AI at Meta, for Meta Products and for third parties.</source>
            <extracomment>meta.toml: meta.ai_training.public_content clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US and most regions: content back to 2007, no objection route. EU: objections filed before 2025-05-27 kept past content out; later ones stop future use only.</source>
            <extracomment>meta.toml: meta.ai_training.public_content note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta</source>
            <extracomment>meta.toml: meta.ai_training.public_content recipients; meta.toml: meta.ai_chats.training recipients; meta.toml: meta.private_messages.shared_with_ai recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>third parties using models Meta makes available</source>
            <extracomment>meta.toml: meta.ai_training.public_content recipients; meta.toml: meta.ai_chats.training recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friends-only content and content of private accounts is not used to train AI at Meta.</source>
            <extracomment>meta.toml: meta.ai_training.non_public_excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making posts private stops future use; it does not remove past use.</source>
            <extracomment>meta.toml: meta.ai_training.non_public_excluded note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public content of users under 18 is not used to train AI at Meta (EU policy row is 18+ only; elsewhere Meta's public statements).</source>
            <extracomment>meta.toml: meta.ai_training.minors_excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos of children posted publicly by adults are used. Outside the EU the policy text has no age qualifier (policies.md §6.7).</source>
            <extracomment>meta.toml: meta.ai_training.minors_excluded note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your interactions with Meta AI (text, voice, images, prompts) are used to develop and improve AI at Meta, for Meta Products and for third parties.</source>
            <extracomment>meta.toml: meta.ai_chats.training clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publicly shared chats appear in the Meta AI app Discover feed. The start date outside the EU is approximate.</source>
            <extracomment>meta.toml: meta.ai_chats.training note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since 2025-12-16 your interactions with Meta AI are used to personalise content and ads (not in the EU, UK or South Korea); sensitive topics are excluded and there is no opt-out other than not using Meta AI.</source>
            <extracomment>meta.toml: meta.ai_chats.ads clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive topics (religion, sexual orientation, politics, health, race or ethnicity, philosophical beliefs, union membership) are not used for ads.</source>
            <extracomment>meta.toml: meta.ai_chats.ads note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta advertising</source>
            <extracomment>meta.toml: meta.ai_chats.ads recipients; meta.toml: meta.ai_chats.ads_eu_unclear recipients; meta.toml: meta.activity.ads recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The EU policy lists AI interactions among consent-based ad inputs, but Meta excluded the EU at the ads launch; whether EU chats now feed ads (with ad consent) is unclear.</source>
            <extracomment>meta.toml: meta.ai_chats.ads_eu_unclear clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>policies.md §6.8.</source>
            <extracomment>meta.toml: meta.ai_chats.ads_eu_unclear note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private messages (Messenger, Instagram Direct) are not used to train AI at Meta unless you or someone in the chat shares them with Meta AI.</source>
            <extracomment>meta.toml: meta.private_messages.excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages shared with Meta AI in a chat (for example by invoking @Meta AI) count as interactions with AI at Meta and are used to improve it.</source>
            <extracomment>meta.toml: meta.private_messages.shared_with_ai clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likes, reactions, follows, friend lists, views and ad activity are not listed as AI-training inputs.</source>
            <extracomment>meta.toml: meta.activity.not_training clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your activity (likes, follows, views, searches, ad interactions, activity reported by other apps) is used to personalise content and ads.</source>
            <extracomment>meta.toml: meta.activity.ads clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date not researched. In the EU a 'less personalised ads' choice exists since 2026-01 (press).</source>
            <extracomment>meta.toml: meta.activity.ads note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected third-party apps can exchange data with AI at Meta features; what this means for AI training is not spelled out.</source>
            <extracomment>meta.toml: meta.connected_apps.ai clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you turn on fediverse sharing, your public Threads posts and profile are copied to third-party servers that apply their own policies (possibly scraped for AI).</source>
            <extracomment>meta.toml: threads.fediverse.public_posts clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies already on other servers are not removed when you turn sharing off.</source>
            <extracomment>meta.toml: threads.fediverse.public_posts note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fediverse servers (outside Meta's control)</source>
            <extracomment>meta.toml: threads.fediverse.public_posts recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X Privacy Policy</source>
            <extracomment>x.toml: x.privacy.2023-09-29 title; x.toml: x.privacy.2024-11-15 title; x.toml: x.privacy.2025-07-28 title; x.toml: x.privacy.2026-01-15 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First version saying X may use collected and publicly available information to train its machine-learning or AI models.</source>
            <extracomment>x.toml: x.privacy.2023-09-29 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grok data-sharing checkbox (ticked by default), announced by @Safety</source>
            <extracomment>x.toml: x.grok_setting.2024-07-26 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X undertaking to the Irish High Court (made permanent 2024-09-04)</source>
            <extracomment>x.toml: x.dpc_undertaking.2024-08-08 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stops processing EU/EEA public-post data collected 2024-05-07..2024-08-01 for Grok.</source>
            <extracomment>x.toml: x.dpc_undertaking.2024-08-08 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds third-party collaborators who may train their own AI models unless you opt out.</source>
            <extracomment>x.toml: x.privacy.2024-11-15 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X Terms of Service</source>
            <extracomment>x.toml: x.tos.2024-11-15 title; x.toml: x.tos.2026-01-15 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explicit licence to use your content to train X's ML/AI models and make it available to other companies.</source>
            <extracomment>x.toml: x.tos.2024-11-15 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xAI Europe Privacy Policy Addendum (EEA, UK, Switzerland)</source>
            <extracomment>x.toml: xai.europe_addendum.2025-04-24 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X Developer Agreement</source>
            <extracomment>x.toml: x.developer.2025-06-04 title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forbids using the X API or X content to train or fine-tune foundation or frontier models.</source>
            <extracomment>x.toml: x.developer.2025-06-04 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention changes only; no AI change.</source>
            <extracomment>x.toml: x.privacy.2025-07-28 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds age estimation; AI and third-party-collaborator clauses unchanged. Changes after 2026-08-22 unchecked.</source>
            <extracomment>x.toml: x.privacy.2026-01-15 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content now includes AI prompts and outputs. Outside EU/EFTA/UK a 2026-04-10 version changes only the court venue.</source>
            <extracomment>x.toml: x.tos.2026-01-15 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grok &amp; Third-party Collaborators → Data Sharing</source>
            <extracomment>x.toml: x.grok_data_sharing label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticked by default since July 2024; whether EU/EEA accounts start unticked is not confirmed (policies.md §6.3).</source>
            <extracomment>x.toml: x.grok_data_sharing note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grok &amp; Third-party Collaborators → Grok Personalization</source>
            <extracomment>x.toml: x.grok_personalization label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Known only from a third-party audit (policies.md §6.5); no rule depends on it yet.</source>
            <extracomment>x.toml: x.grok_personalization note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data sharing with business partners → Allow additional information sharing</source>
            <extracomment>x.toml: x.business_partners label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audience and tagging → Protect your posts</source>
            <extracomment>x.toml: x.protected label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an opt-out: it makes future posts non-public, which takes them out of 'public data'.</source>
            <extracomment>x.toml: x.protected note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X may use the information it collects and publicly available information to help train its machine-learning and AI models.</source>
            <extracomment>x.toml: x.ml_training.public_content clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No setting is documented as controlling X's own use; deleting stops future use only.</source>
            <extracomment>x.toml: x.ml_training.public_content note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X</source>
            <extracomment>x.toml: x.ml_training.public_content recipients; x.toml: x.ml_training.other_collected_info recipients; x.toml: x.ml_training.protected_content recipients; x.toml: x.terms_licence.ai_inputs recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X's general clause covers 'the information we collect'; the policy does not say whether likes, bookmarks, follows, DMs or protected posts are used to train its models.</source>
            <extracomment>x.toml: x.ml_training.other_collected_info clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>policies.md §6.2: not named as training data; the general ML clause is broad. Adding Grok to an X Chat reportedly removes its end-to-end encryption.</source>
            <extracomment>x.toml: x.ml_training.other_collected_info note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The general ML clause is not limited to public content, so X's own use of protected posts is not ruled out by the text.</source>
            <extracomment>x.toml: x.ml_training.protected_content clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Terms licence lets X use your content to train its ML/AI models and make it available to other companies (API and data licensing).</source>
            <extracomment>x.toml: x.terms_licence.public_content clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since 2025-06-04 the Developer Agreement bars training foundation models through the API; licensing deals remain. Copies held by licensees may persist after deletion.</source>
            <extracomment>x.toml: x.terms_licence.public_content note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>companies X licenses or syndicates content to</source>
            <extracomment>x.toml: x.terms_licence.public_content recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since 2026-01-15 'Content' explicitly includes AI inputs, prompts and outputs, so the Terms licence (incl. AI training) covers your Grok chats.</source>
            <extracomment>x.toml: x.terms_licence.ai_inputs clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your public data (posts, media, public profile) may be shared with xAI to train and fine-tune Grok unless you untick Data Sharing.</source>
            <extracomment>x.toml: x.grok_training.public_posts clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start ~2024-05 (policy basis 2023-09-29). Opting out stops future use; trained models are not undone.</source>
            <extracomment>x.toml: x.grok_training.public_posts note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xAI (affiliate; SpaceX group since 2026-02)</source>
            <extracomment>x.toml: x.grok_training.public_posts recipients; x.toml: x.grok_training.europe_legitimate_interest recipients; x.toml: x.grok_training.chats recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X used EU/EEA users' public posts to train Grok from 2024-05-07 to 2024-08-01, then undertook (permanently, 2024-09-04) to stop processing that data.</source>
            <extracomment>x.toml: x.grok_training.eu_window_2024 clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window from the Irish DPC via press; the undertaking itself is confirmed. The Data Sharing box appeared only in late July 2024.</source>
            <extracomment>x.toml: x.grok_training.eu_window_2024 note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xAI (Grok)</source>
            <extracomment>x.toml: x.grok_training.eu_window_2024 recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xAI lists 'X public posts for over 18 year olds' among its training data for the EEA, UK and Switzerland under legitimate interests; you can object in settings.</source>
            <extracomment>x.toml: x.grok_training.europe_legitimate_interest clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Irish DPC inquiry opened 2025-04-11 is still open as far as known.</source>
            <extracomment>x.toml: x.grok_training.europe_legitimate_interest note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xAI's Europe addendum limits X public posts used for training to over-18s.</source>
            <extracomment>x.toml: x.grok_training.europe_minors_excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>X says posts of protected accounts are not used to train Grok.</source>
            <extracomment>x.toml: x.grok_training.protected_excluded clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your interactions, inputs and results with Grok may be used by xAI for training and fine-tuning unless you untick Data Sharing.</source>
            <extracomment>x.toml: x.grok_training.chats clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback (thumbs up/down) may still be used after opting out.</source>
            <extracomment>x.toml: x.grok_training.chats note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depending on your settings, X may share your information with third-party collaborators who, unless you opt out, may use it to train their own AI models.</source>
            <extracomment>x.toml: x.third_party_collaborators.content clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The policy names no toggle (policies.md §6.1); both candidates are shown as uncertain.</source>
            <extracomment>x.toml: x.third_party_collaborators.content note</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unnamed third-party collaborators</source>
            <extracomment>x.toml: x.third_party_collaborators.content recipients; x.toml: x.third_party_collaborators.activity_press recipients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press (CBC, 2024-10) reported that likes, bookmarks and reposts are shared with third parties that may train AI; the policy text names no categories.</source>
            <extracomment>x.toml: x.third_party_collaborators.activity_press clause_summary</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>policies.md §6.12: never show these as 'not used'.</source>
            <extracomment>x.toml: x.third_party_collaborators.activity_press note</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
