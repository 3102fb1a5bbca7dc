using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop;

public sealed class PersonModel(IMediator mediator) : PersonFormModel(mediator)
{
    protected override int? CoopId => RepCoop.IdOf(User);

    protected override IActionResult BackToCoop() => RedirectToPage("/MyCoop/Index", null, null, "roster");
}
