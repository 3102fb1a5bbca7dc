using CoopAlliance.Web.Pages;

namespace CoopAlliance.Web.Tests;

/// <summary>The markup behind "a phone that fits": cells labelled by their column, and contacts a phone can dial.</summary>
public sealed class PhoneLayoutMarkupTests
{
    [Test]
    public void EachBodyCellIsLabelledByItsColumnsVisibleHeaderWords()
    {
        const string table = """
            <caption>Invoices</caption>
            <thead><tr><th scope="col" aria-sort="descending"><a class="sort-link" href="?s=1">Period<span class="sort-arrow" aria-hidden="true">▼</span></a></th>
            <th class="text-end">Still &amp; owed</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody><tr><td>November</td><td class="text-end">$25.75</td><td><a href="/x">PDF</a></td></tr>
            <tr><td colspan="3">No more</td></tr></tbody>
            """;

        var html = CardsOnPhoneTagHelper.Label(table);

        Assert.That(html, Does.Contain("<td data-label=\"Period\">November</td>"));
        Assert.That(html, Does.Contain("<td data-label=\"Still &amp; owed\" class=\"text-end\">$25.75</td>"));
        Assert.That(html, Does.Contain("<td><a href=\"/x\">PDF</a></td>"), "A column with no visible header gets no label.");
        Assert.That(html, Does.Contain("<td colspan=\"3\">No more</td>"), "A cell spanning columns gets no label.");
        Assert.That(html, Does.StartWith("<caption>Invoices</caption>"));
    }

    [TestCase("(413) 555-0123", "tel:4135550123")]
    [TestCase("+1 802 555 0199", "tel:+18025550199")]
    [TestCase("413-555-0123 ext. 4", "tel:4135550123")]
    public void APhoneNumberBecomesTheDigitsAPhoneDials(string shown, string href) =>
        Assert.That(ContactTagHelper.TelHref(shown), Is.EqualTo(href));
}
