//! The fears that come with keeping away, each with another way of seeing
//! it: on the no-contact page and in the "I want to text them" flow.

use leptos::prelude::*;

use crate::components::safety::SafetyNow;
use crate::storage::persist::AppStore;

/// The fears the guide names, each with another way of seeing it.
const FEARS: [(&str, &str); 3] = [
    (
        "“If I go quiet, they'll forget me and find someone new.”",
        "They might move on, whatever you do; that part was never in your hands. Chasing has never made anyone stay, and space gives you the steadiness to face whatever comes.",
    ),
    (
        "“They'll think I don't care any more.”",
        "Giving someone room is a way of caring, for them and for yourself. What they think is theirs; how you act is yours, and you can be proud of it.",
    ),
    (
        "“Someone else will take my place.”",
        "That fear is about something you can't control. What you can shape is who you become meanwhile, and that matters whatever they do.",
    ),
];

/// The fears of someone keeping away from a person who hurt them, when the
/// safety state holds them.
const FEARS_WHEN_LEAVING_HARM: [(&str, &str); 4] = [
    (
        "“What if they keep messaging, or turn up?”",
        "You don't have to answer. Keep what they send somewhere they can't reach, block where you can, and tell someone you trust. If you ever feel in danger, call your emergency number.",
    ),
    (
        "“Maybe it wasn't that bad. Maybe it was me.”",
        "Doubting yourself is very common after being treated badly, especially if you were often told you had it wrong. What you felt was real.",
    ),
    (
        "“I miss them so much. Maybe I should go back.”",
        "Missing someone and being safe with them are two different things. You can miss them and still keep your distance.",
    ),
    (
        "“I'm scared of being on my own.”",
        "A while on your own is not the same as being alone for ever. Friends, family and the support lines can be with you now.",
    ),
];

/// The fears of someone in "Moving on" mode: about their own life ahead,
/// not about the other person moving on.
const FEARS_WHEN_HEALING: [(&str, &str); 3] = [
    (
        "“What if I never feel this way about anyone again?”",
        "The love you felt came from you, and it stays with you. It can find a home again, in its own time.",
    ),
    (
        "“Did I give up too soon?”",
        "Choosing yourself after an honest look is not giving up. You can feel sad and still know it was right.",
    ),
    (
        "“I'll be lonely for ever.”",
        "Lonely now is not lonely always. The friends, routines and small joys you rebuild are where new closeness begins.",
    ),
];

/// The common fears, each with another way of seeing it: those of leaving
/// someone who hurt you while the safety state holds the person, those of
/// moving on in "Moving on" mode. On the no-contact page each fear opens to
/// its answer; in the "I want to text them" flow (`answer_first`), at 2am, the
/// answer leads and the fear follows in small print, so the fear is never
/// the loudest line.
#[component]
pub fn FearReframes(#[prop(optional)] answer_first: bool) -> impl IntoView {
    let held = expect_context::<SafetyNow>().held.get_untracked();
    let healing = expect_context::<AppStore>().doc.with_untracked(|d| d.moving_on.active());
    let fears: &[(&str, &str)] = if held {
        &FEARS_WHEN_LEAVING_HARM
    } else if healing {
        &FEARS_WHEN_HEALING
    } else {
        &FEARS
    };
    if answer_first {
        return view! {
            <ul class="fear-answers" data-testid="fear-answers">
                {fears
                    .iter()
                    .map(|(fear, reframe)| view! {
                        <li>
                            <p class="fear-answer">{*reframe}</p>
                            <p class="fear-thought">"For the thought " {*fear}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any();
    }
    fears
        .iter()
        .map(|(fear, reframe)| {
            view! {
                <details class="fear">
                    <summary>{*fear}</summary>
                    <p>{*reframe}</p>
                </details>
            }
        })
        .collect_view()
        .into_any()
}
