using System.Text.RegularExpressions;
using CoopAlliance.Domain.Mentoring;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// Suggested matches start with nothing ticked (publishing emails a mentor), explain each score in words, and the
/// confirmation names the pair being offered. On a phone and on a staff desktop; each test makes its own pair.
/// </summary>
public sealed class SuggestionDefaultsTests : BrowserTest
{
    public enum Screen { Phone, Desktop }

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task NothingIsTickedTheScoreIsInWordsAndTheConfirmationNamesThePair(Screen screen)
    {
        var pair = await MentorSeed.CreateAsync();
        await (screen == Screen.Phone ? UsePhoneAsync() : UseStaffDesktopAsync());
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Mentoring/Suggestions"));

        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = pair.CoopName });
        await Expect(row).ToContainTextAsync(pair.MentorName);
        await Expect(Page.Locator("input[name=Selected]:checked")).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("same sector: 10 of 10 points");
        await Expect(row).ToContainTextAsync("same region: 15 of 15 points");
        await Expect(row).Not.ToContainTextAsync("+");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(new Regex("greedy", RegexOptions.IgnoreCase));
        await Expect(Page.Locator("main")).ToContainTextAsync("Matching one co-op at a time, each taking the best mentor still free, would give");

        // Publishing nothing is refused; the pair is offered only once ticked and confirmed.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish the chosen matches" }).ClickAsync();
        await Expect(Page.Locator("main .alert-danger")).ToContainTextAsync("Tick at least one suggested match");
        await Page.GetByRole(AriaRole.Row).Filter(new() { HasText = pair.CoopName }).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish the chosen matches" }).ClickAsync();

        var confirm = Page.Locator(".confirm-decision");
        await Expect(confirm.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Offer {pair.CoopName} to {pair.MentorName}?");
        await Expect(confirm).ToContainTextAsync($"{pair.MentorName} gets an email");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the confirmation");
        await confirm.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Expect(Page.Locator(".confirm-decision")).ToHaveCountAsync(0);
        await Expect(Page.Locator("input[name=Selected]:checked")).ToHaveCountAsync(0);
        Assert.That(await MentorSeed.MatchStatusAsync(pair), Is.Null, "Cancel offers nothing");

        await Page.GetByRole(AriaRole.Row).Filter(new() { HasText = pair.CoopName }).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish the chosen matches" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, publish" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 match is offered to its mentor");
        Assert.That(await MentorSeed.MatchStatusAsync(pair), Is.EqualTo(MatchStatus.Offered));
    }
}
