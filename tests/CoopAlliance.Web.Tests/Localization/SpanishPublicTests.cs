using System.Net;
using System.Text.RegularExpressions;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Localization;

/// <summary>
/// The public pages (home, directory, a co-op, the widget, stories, the two public forms), sign-in, and a rep's listings
/// and campaigns read in Spanish (issue 18); a Spanish application is acknowledged in Spanish and the co-op is written
/// to in Spanish from then on.
/// </summary>
public sealed partial class SpanishPublicTests
{
    private AppFactory _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new AppFactory();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    [GeneratedRegex(@"/directory/(\d+)/([a-z0-9-]+)")]
    private static partial Regex CoopLink();

    [GeneratedRegex(@"/stories/(\d+)/([a-z0-9-]+)")]
    private static partial Regex StoryLink();

    [GeneratedRegex(@"/MyCoop/Listings/Edit/(\d+)")]
    private static partial Regex ListingLink();

    [TestCase("/", "Encuentre una cooperativa donde comprar", "Solicitar la membresía")]
    [TestCase("/Error?code=404", "Página no encontrada", "Volver al inicio")]
    [TestCase("/Error", "Algo salió mal", "equipo de la Alianza")]
    [TestCase("/Account/Login", "Iniciar sesión", "Contraseña")]
    [TestCase("/Account/AccessDenied", "Esta página no está disponible para usted", "Ir a su página de inicio")]
    [TestCase("/Account/AcceptInvitation?email=ana%40example.coop&token=x", "Elija su contraseña", "Inicia sesión como <strong>ana@example.coop</strong>")]
    [TestCase("/Public/Directory", "Directorio de cooperativas socias", "Ordenado por nombre")]
    [TestCase("/directory", "Compre a cooperativas de trabajo", "Inserte el directorio en su sitio web")]
    [TestCase("/widget/directory", "Cooperativas de trabajo", "el directorio completo")]
    [TestCase("/stories", "Historias de las cooperativas", "Envíe su historia")]
    [TestCase("/stories/submit", "Envíe su historia", "Acepto que la Alianza publique esta historia con mi nombre")]
    [TestCase("/stories/submit/thanks", "Gracias por su historia", "Conozca a las cooperativas socias")]
    [TestCase("/Public/Apply", "Solicite la membresía en la Alianza", "Nombre de la persona de contacto")]
    [TestCase("/Public/ApplicationReceived", "Gracias por su solicitud", "Recibimos la solicitud de membresía de su cooperativa.")]
    public async Task APublicPageReadsInSpanish(string path, string words, string moreWords)
    {
        var html = await SpanishText.ReadInSpanishAsync(_app.CreateCookieClient(), path);

        Assert.That(html, Does.Contain(words).And.Contain(moreWords));
    }

    [Test]
    public async Task ACoopAndAStoryReadInSpanish()
    {
        var visitor = _app.CreateCookieClient();
        var stories = await SpanishText.ReadInSpanishAsync(visitor, "/stories");
        var story = StoryLink().Match(stories);
        var coop = CoopLink().Match(stories);
        Assert.That(story.Success && coop.Success, "The demo data has a published story by a member co-op.");

        var storyPage = await SpanishText.ReadInSpanishAsync(visitor, story.Value);
        Assert.That(storyPage, Does.Contain("Cuente la historia de su propia cooperativa").And.Contain("Por ").And.Contain(" de 20"));

        var coopPage = await SpanishText.ReadInSpanishAsync(visitor, coop.Value);
        Assert.That(coopPage, Does.Contain("Buscar una cooperativa").And.Contain("Lo que ofrece").And.Contain("Historias"));
        Assert.That(coopPage, Does.Contain("Oeste de Massachusetts").Or.Contain("Sur de Vermont"), "The region reads in Spanish.");
        Assert.That(coopPage, Does.Not.Contain("· Western Massachusetts").And.Not.Contain("· Southern Vermont"), "only the structured data keeps English");
    }

    [Test]
    public async Task TheDirectoriesSearchInSpanishWithResultsAndWithNone()
    {
        var visitor = _app.CreateCookieClient();

        var members = await SpanishText.ReadInSpanishAsync(visitor, "/Public/Directory?q=bread");
        Assert.That(members, Does.Contain("Descargar esta lista en CSV").And.Contain("para una hoja de cálculo)").And.Contain("resultado"));
        var noMember = await SpanishText.ReadInSpanishAsync(visitor, "/Public/Directory?q=zzqxnothing");
        Assert.That(noMember, Does.Contain("Ninguna cooperativa socia coincide.").And.Contain("vea todas las socias"));

        var offers = await SpanishText.ReadInSpanishAsync(visitor, "/directory?q=bread");
        Assert.That(offers, Does.Match(@"\d+ ofertas?").And.Contain("Todas las categorías").And.Contain("Alimentos y panadería"));
        var noOffer = await SpanishText.ReadInSpanishAsync(visitor, "/directory?q=zzqxnothing");
        Assert.That(noOffer, Does.Contain("No se encontró nada").And.Contain("Ninguna cooperativa socia ofrece eso todavía"));

        var widget = await SpanishText.ReadInSpanishAsync(visitor, "/widget/directory?region=WesternMassachusetts");
        Assert.That(widget, Does.Contain("Cooperativas de trabajo — Oeste de Massachusetts"));
        var noWidget = await SpanishText.ReadInSpanishAsync(visitor, "/widget/directory?q=zzqxnothing");
        Assert.That(noWidget, Does.Contain("Vea el directorio completo"));
    }

    [TestCase("/directory")]
    [TestCase("/widget/directory")]
    public async Task APageCachedInEnglishIsNotCurrentInSpanish(string path)
    {
        var visitor = _app.CreateCookieClient();
        var english = await visitor.GetAsync(path);
        Assert.That(english.Headers.ETag, Is.Not.Null);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(english.Headers.ETag!);
        again.Headers.Add("Cookie", $"{CoopAlliance.Web.Infrastructure.LanguageChoice.CookieName}=es");
        var spanish = await visitor.SendAsync(again);

        Assert.That(spanish.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the Spanish page is sent, not a 304 for the English copy");
        Assert.That(await spanish.Content.ReadAsStringAsync(), Does.Contain("<html lang=\"es\">"));
    }

    [Test]
    public async Task ARepsListingsAndCampaignsReadInSpanish()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);

        var listings = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Listings");
        Assert.That(listings, Does.Contain("Nuestras fichas del directorio").And.Contain("Escribir una ficha nueva"));

        var blank = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Listings/Edit");
        Assert.That(blank, Does.Contain("Escribir una ficha").And.Contain("Regiones que atiende").And.Contain("Guardar la ficha").And.Contain("Productos"));

        var existing = ListingLink().Match(listings);
        Assert.That(existing.Success, "The rep's co-op has a listing in the demo data.");
        var edit = await SpanishText.ReadInSpanishAsync(rep, existing.Value);
        Assert.That(edit, Does.Contain("Estado:").And.Contain("Guardar los cambios").And.Contain("Fotos"));

        var campaigns = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Campaigns");
        Assert.That(campaigns, Does.Contain("Campañas conjuntas"));

        var signOut = await SpanishText.ReadInSpanishAsync(rep, "/Account/Logout");
        Assert.That(signOut, Does.Contain(">Cerrar sesión</button>"));
    }

    [Test]
    public async Task AnApplicationSentInSpanishIsAcknowledgedInSpanishAndTheCoopIsWrittenToInSpanish()
    {
        var visitor = _app.CreateCookieClient();
        visitor.DefaultRequestHeaders.Add("Accept-Language", "es");

        var response = await Forms.PostAsync(visitor, "/Public/Apply", new()
        {
            ["Input.LegalName"] = "Cooperativa Spanish Test",
            ["Input.Kind"] = "WorkerCoop",
            ["Input.Town"] = "Holyoke",
            ["Input.State"] = "MA",
            ["Input.PostalCode"] = "01040",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.WorkerOwners"] = "5",
            ["Input.ContactName"] = "Lucía Ortiz",
            ["Input.ContactEmail"] = "lucia@spanish-test.example.coop",
            ["Input.Fax"] = "",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var message = await _app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "lucia@spanish-test.example.coop"));
        Assert.That(message.Subject, Is.EqualTo("Recibimos su solicitud de membresía"));
        Assert.That(message.Body, Does.StartWith("Hola:").And.Contain("Gracias por solicitar la membresía en la Valley Alliance of Worker Co-operatives")
            .And.Contain("En solidaridad,\nEl equipo de la Alianza"));
        var language = await _app.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == "Cooperativa Spanish Test").Select(c => c.PreferredLanguage).SingleAsync());
        Assert.That(language, Is.EqualTo("es"));
    }

    [Test]
    public async Task AStorySentInSpanishIsAcknowledgedInSpanish()
    {
        var visitor = _app.CreateCookieClient();
        visitor.DefaultRequestHeaders.Add("Accept-Language", "es");

        var response = await Forms.PostAsync(visitor, "/stories/submit", new()
        {
            ["Input.CoopName"] = DemoData.RepCoop,
            ["Input.StorytellerName"] = "Lucía Ortiz",
            ["Input.Email"] = "lucia@story-test.example.coop",
            ["Input.Title"] = "Nuestro pan",
            ["Input.Story"] = "Hacemos pan.",
            ["Input.Consent"] = "true",
            ["Input.Fax"] = "",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var message = await _app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "lucia@story-test.example.coop"));
        Assert.That(message.Subject, Is.EqualTo("Recibimos su historia"));
        Assert.That(message.Body, Does.Contain("Gracias por enviar a la Valley Alliance of Worker Co-operatives la historia de su cooperativa"));
    }
}
