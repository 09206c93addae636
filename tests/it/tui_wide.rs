//! A tree written in Japanese with emoji (ZWJ sequences, flags, variation
//! selectors) on every screen of the full-screen wizard at the smallest
//! size it supports: nothing panics, no wide character is split at an
//! edge or drawn over, and every row is exactly as wide as the window.

use crate::tui_support;

use hirewise_core::answers::{Answer, Answers};
use hirewise_core::diag::Source;
use hirewise_core::tree::Tree;
use tui_support::screens::{assert_whole_cells, buffer_text, each_screen};
use tui_support::{roles, wizard};

const WIDE_TREE: &str = r#"
[meta]
title = "採用のご相談 🧑‍💼 ソーシャルメディア担当か、コミュニティ担当か、それとも両方か"
intro = "目標、お客様、予算についていくつか質問します。最後に理由つきのおすすめと求人票の下書きをお見せします 📝✨。途中でやめても回答は保存されます 💾🇯🇵。"
start = "company_name"

[decision]
balance = 0.3
min_evidence = 1

[[outcomes]]
id = "social"
label = "ソーシャルメディア担当 📣🇺🇸"
first_because = "新しいお客様に届けることが先です 📣。"

[[outcomes]]
id = "community"
label = "コミュニティ担当 🤝👩‍💻"
first_because = "今のお客様を大切にすることが先です 🤝。"

[[verdicts]]
id = "social"
label = "ソーシャルメディア担当を採用しましょう 📣"
summary = "公開チャンネルで新しい人に届けることが目標です。それはソーシャルメディア担当の仕事です 🇬🇧🇫🇷🇩🇪。"
roles = ["social"]
then = ["まず二つか三つのプラットフォームに絞りましょう 🎯。"]
when = { leader = "social" }

[[verdicts]]
id = "community"
label = "コミュニティ担当を採用しましょう 🤝"
summary = "今のお客様を保ち、育てることが目標です。それはコミュニティ担当の仕事です 👩‍👩‍👧‍👦。"
roles = ["community"]
then = ["継続率とメンバーの活動で評価しましょう 📈。"]

[[questions]]
id = "company_name"
section = "会社について 🏢🇯🇵"
kind = "text"
prompt = "会社の名前は何ですか？👩‍💻 求人票に使います"
help = "求人票の冒頭に入ります。正式な名前でも、お客様が呼ぶ名前でもかまいません 🙂。"
placeholder = "株式会社アクメ 🍣"

[[questions]]
id = "goal"
section = "目標 🎯🇬🇧🇫🇷🇩🇪🇮🇹🇪🇸🇨🇦🇧🇷🇮🇳🇰🇷🇨🇳🇲🇽🇦🇺🇳🇱🇸🇪🇳🇴"
kind = "single"
prompt = "この採用で最初に変えたいことは何ですか？🤔 一番大事な質問です"
help = "公開チャンネルで新しい人に届けたいのか、今のお客様を保ち、その力を借りたいのか ▶️ どちらでしょう。"

[[questions.options]]
id = "reach"
label = "新しいお客様に届けたい、フォロワーとサイトへの訪問を増やしたい 📣🇺🇸"
help = "認知、新しいフォロワー、サイトへの訪問、登録 📈。"
weights = { social = 5 }
reason = "公開チャンネルで新しい人に届けるのはソーシャルメディア担当の仕事です 📣。"

[[questions.options]]
id = "retain"
label = "お客様同士が助け合うコミュニティを育てて、長く使ってもらいたい 👩‍👩‍👧‍👦🤝"
help = "継続、口コミ、お客様同士のサポート 🤝。"
weights = { community = 5 }
reason = "お客様同士をつなぐのはコミュニティ担当の仕事です 🤝。"

[[questions.options]]
id = "both"
label = "両方 ⚖️"
help = "同じくらい大事です。"
weights = { social = 2, community = 2 }
reason = "両方を同じくらい望むなら、両方の役割が必要です ⚖️。"

[[questions]]
id = "platforms"
section = "チャンネル 📱"
kind = "multi"
prompt = "大事な SNS はどれですか？📱 当てはまるものをすべて選んでください"
help = "お客様が時間を使っている場所を選びましょう 👀。"

[[questions.options]]
id = "instagram"
label = "インスタグラム 📸"
help = "写真と短い動画 📷。"
weights = { social = 2 }
reason = "見た目で伝わる SNS はソーシャルメディア担当の得意分野です 📸。"

[[questions.options]]
id = "tiktok"
label = "ティックトック 🎵、短い動画で若い人たちに届ける 🇯🇵🇰🇷"
weights = { social = 2 }
reason = "短い動画は毎日の投稿が要ります 🎵。"

[[questions.options]]
id = "discord"
label = "ディスコード 👾"
help = "メンバー同士の会話の場 💬。"
weights = { community = 2 }
reason = "会話の場を守るのはコミュニティ担当の仕事です 👾。"

[[questions]]
id = "team_size"
section = "チームと予算 💴"
kind = "number"
prompt = "会社には何人いますか？👥"
help = "創業者を含めて数えてください 🧮。"
min = 1
max = 500
unit = "人 👥"

[[questions]]
id = "has_forum"
section = "チームと予算 💴"
kind = "confirm"
prompt = "お客様のためのフォーラムはありますか？💬"
help = "お客様同士が答え合う場所です 🙋‍♀️🙋‍♂️。"

[[questions.options]]
id = "yes"
label = "はい、あります ✅"
help = "もう使われています。"
weights = { community = 2 }
reason = "フォーラムには世話役が必要です 💬。"

[[questions.options]]
id = "no"
label = "いいえ ❌"
help = "まだありません。"
weights = { social = 1 }
reason = "フォーラムがなければ、まず届けることです 📣。"
"#;

fn wide_tree() -> Tree {
    Tree::parse(&Source::new("wide.toml", WIDE_TREE)).expect("the wide tree")
}

fn wide_answers() -> Answers {
    Answers::from([
        ("goal".into(), Answer::Choice("retain".into())),
        (
            "platforms".into(),
            Answer::Choices(vec!["instagram".into(), "tiktok".into()]),
        ),
        ("team_size".into(), Answer::Number(12.0)),
        ("has_forum".into(), Answer::Bool(true)),
    ])
}

/// What the founder types as the company name.
const TYPED: &str = "株式会社やまだ食堂 🍜👨‍🍳🇯🇵";

/// The smallest window the wizard draws in, and the smallest with room
/// for the leaning panel.
const SIZES: [(u16, u16); 3] = [(60, 16), (60, 24), (80, 24)];

#[test]
fn wide_characters_stay_whole_on_every_screen() {
    let (tree, roles) = (wide_tree(), roles());
    let w = wizard(&tree, &roles, None);
    for size in SIZES {
        let mut all = String::new();
        let mut count = 0;
        each_screen(&w, &wide_answers(), TYPED, size, |name, buf| {
            assert_whole_cells(&format!("{name} at {size:?}"), buf);
            all.push_str(&format!("── {name}\n{}", buffer_text(buf)));
            count += 1;
        });
        assert!(count > 20, "only {count} screens");
        // The typed name reaches the posting, whole.
        assert!(all.contains("やまだ食堂"), "{all}");
        let (w, h) = size;
        insta::assert_snapshot!(format!("wide_{w}x{h}"), all);
    }
}
