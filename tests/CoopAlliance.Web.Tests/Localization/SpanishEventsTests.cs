using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Events;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Localization;

/// <summary>The public event pages and the rep's benefits page read in Spanish; a registration made in Spanish is answered in Spanish.</summary>
public sealed class SpanishEventsTests
{
    private AppFactory _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new AppFactory();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private Task<int> ConferenceAsync() => _app.WithDbAsync(db => db.Events.Where(e => e.Title == DemoData.ConferenceTitle).Select(e => e.Id).SingleAsync());

    [Test]
    public async Task TheConferencesPublicPagesReadInSpanish()
    {
        var id = await ConferenceAsync();
        using var visitor = _app.CreateCookieClient();

        // The public list (/events) is not read here: its route collides with staff's /Events (AmbiguousMatchException, before
        // this change too) — reported to the lead.
        var canonical = (await visitor.GetAsync($"/events/{id}")).Headers.Location?.OriginalString ?? $"/events/{id}";
        var page = await SpanishText.ReadInSpanishAsync(visitor, canonical);
        Assert.That(page, Does.Contain("Cuándo").And.Contain("Proponer una sesión").And.Contain("Programa"));
        Assert.That(page, Does.Contain(" de 20"), "the date is written the Spanish way");
        Assert.That(await SpanishText.ReadInSpanishAsync(visitor, $"/events/{id}/register"), Does.Contain("Su correo electrónico").And.Contain("Entrada"));
        Assert.That(await SpanishText.ReadInSpanishAsync(visitor, $"/events/{id}/propose-session"), Does.Contain("Enviar su propuesta").And.Contain("Duración en minutos"));
        Assert.That(await SpanishText.ReadInSpanishAsync(visitor, $"/events/{id}/actions"), Does.Contain("Responsable"));
    }

    [Test]
    public async Task ARegistrantsPartnersAndFollowUpPagesReadInSpanish()
    {
        var id = await ConferenceAsync();
        using var visitor = _app.CreateCookieClient();
        var token = await _app.WithDbAsync(db => db.Registrations.Where(r => r.EventId == id && r.Status == PlaceStatus.Confirmed).Select(r => r.Token).FirstAsync());
        Assert.That(await SpanishText.ReadInSpanishAsync(visitor, $"/events/r/{token}"), Does.Contain("Su código para la entrada").And.Contain("Confirmado"));
        Assert.That(await SpanishText.ReadInSpanishAsync(visitor, $"/events/r/{token}/plan"), Does.Contain("El tablero"));

        var partner = await _app.WithDbAsync(db => db.EventPartners.Where(p => p.EventId == id).Select(p => p.Token).FirstOrDefaultAsync());
        if (partner is not null)
        {
            Assert.That(await SpanishText.ReadInSpanishAsync(visitor, $"/events/partner/{partner}"), Does.Contain("Su respuesta"));
        }

        var followUp = await _app.WithDbAsync(db => db.CommitmentFollowUps.Select(f => f.Token).FirstOrDefaultAsync());
        if (followUp is not null)
        {
            Assert.That(await SpanishText.ReadInSpanishAsync(visitor, $"/events/follow-up/{followUp}"), Does.Contain("¿Cómo va?"));
        }

        Assert.That(partner ?? followUp, Is.Not.Null, "the demo has a partner or a commitment to follow up");
    }

    [Test]
    public async Task TheRepsBenefitsPageReadsInSpanish()
    {
        using var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);
        var html = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Benefits");
        Assert.That(html, Does.Contain("Beneficios").And.Contain("Lo que paga su cooperativa").And.Contain("Eventos de vida"));
    }

    [Test]
    public async Task ARegistrationMadeInSpanishIsConfirmedInSpanishAndKeepsItsLanguage()
    {
        var id = await ConferenceAsync();
        var ticket = await _app.WithDbAsync(db => db.Events.Where(e => e.Id == id).SelectMany(e => e.TicketTypes).Where(t => t.Kind == TicketKind.Community).Select(t => t.Id).FirstAsync());
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{id}/registrations")
        {
            Content = JsonContent.Create(new { name = "Lucía Pérez", email = "lucia.perez@example.org", ticketType = ticket }),
        };
        request.Headers.Add("Cookie", $"{LanguageChoice.CookieName}=es");
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());

        var (language, subject, body) = await _app.WithDbAsync(async db =>
        {
            var r = await db.Registrations.SingleAsync(x => x.Email == "lucia.perez@example.org");
            var m = await db.OutboxMessages.Where(x => x.To == r.Email).OrderBy(x => x.Id).FirstAsync();
            return (r.Language, m.Subject, m.Body);
        });
        Assert.That(language, Is.EqualTo("es"));
        Assert.That(subject, Does.StartWith("Inscripción confirmada").Or.StartWith("En la lista de espera"));
        Assert.That(body, Does.Contain("Estimado/a Lucía Pérez").And.Contain("Su código para la entrada").And.Contain("El equipo de la Alianza"));
        Assert.That(body, Does.Not.Contain("Dear "));
    }

    [Test]
    public async Task ARegistrationMadeInEnglishStaysEnglish()
    {
        var id = await ConferenceAsync();
        var ticket = await _app.WithDbAsync(db => db.Events.Where(e => e.Id == id).SelectMany(e => e.TicketTypes).Where(t => t.Kind == TicketKind.Community).Select(t => t.Id).FirstAsync());
        using var client = _app.CreateClient();
        var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/registrations", new { name = "Sam Lee", email = "sam.lee.es-test@example.org", ticketType = ticket });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await _app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == "sam.lee.es-test@example.org").Select(m => m.Body).FirstAsync());
        Assert.That(body, Does.StartWith("Dear Sam Lee,"));
    }
}
