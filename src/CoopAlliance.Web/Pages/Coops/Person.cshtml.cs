using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Coops;

public sealed class PersonModel(IMediator mediator) : PersonFormModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int CoopIdRoute { get; set; }

    protected override int? CoopId => CoopIdRoute;

    protected override IActionResult BackToCoop() => Redirect(Url.Page("/Coops/Details", new { id = CoopIdRoute }) + "#people");
}
