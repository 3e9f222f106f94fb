use leptos::prelude::*;

/// Help from people, for when it is not safe or it is too much. Calling a
/// number is the person's choice; nothing is contacted on its own, and no
/// link here loads anything from another site.
#[component]
pub fn SupportCard() -> impl IntoView {
    view! {
        <section class="card support-card" aria-labelledby="support-heading" data-testid="support-card">
            <h2 id="support-heading">"If you are not safe"</h2>
            <p>
                <strong>"If you are in danger right now, call your local emergency number"</strong>
                " (112 across Europe, 911 in the US and Canada, 999 in the UK, 000 in Australia)."
            </p>
            <p>"Talking to someone who understands can help. These services are free and confidential:"</p>
            <ul class="helplines">
                <li>
                    <span class="helpline-name">"National Domestic Violence Hotline (United States)"</span>
                    <a href="tel:18007997233">"1-800-799-7233"</a>
                </li>
                <li>
                    <span class="helpline-name">"National Domestic Abuse Helpline (United Kingdom)"</span>
                    <a href="tel:08082000247">"0808 2000 247"</a>
                </li>
                <li>
                    <span class="helpline-name">"Men's Advice Line (United Kingdom)"</span>
                    <a href="tel:08088010327">"0808 801 0327"</a>
                </li>
                <li>
                    <span class="helpline-name">"1800RESPECT (Australia)"</span>
                    <a href="tel:1800737732">"1800 737 732"</a>
                </li>
                <li>
                    <span class="helpline-name">"Women's Aid (Ireland)"</span>
                    <a href="tel:1800341900">"1800 341 900"</a>
                </li>
                <li>
                    <span class="helpline-name">"If you are thinking about hurting yourself: 988 Lifeline (United States)"</span>
                    <a href="tel:988">"988"</a>
                </li>
                <li>
                    <span class="helpline-name">"Samaritans (United Kingdom and Ireland)"</span>
                    <a href="tel:116123">"116 123"</a>
                </li>
            </ul>
            <p class="quiet">
                "Numbers change and services differ by country: please check what is available where you live. Your doctor, or a local domestic abuse service, can also help you make a safety plan."
            </p>
        </section>
    }
}
