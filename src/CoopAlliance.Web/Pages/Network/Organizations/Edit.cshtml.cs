using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Network;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Network.Organizations;

/// <summary>Staff: add an allied organisation or change one (name, kind, region, offers, website, contacts).</summary>
public sealed class EditModel(IMediator mediator) : AppPageModel(mediator)
{
    /// <summary>Blank contact rows offered under the existing ones (the form works without JavaScript).</summary>
    public const int BlankContactRows = 2;

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public OrganizationForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            if (await FindAsync(new GetOrganization(id)) is not { } org)
            {
                return NotFound();
            }

            Input = OrganizationForm.From(org);
        }

        Input.PadContacts();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Input.PadContacts();
            return Page();
        }

        var input = Input.ToInput();
        if (Id is { } id)
        {
            var (ok, _) = await TrySendAsync(new UpdateOrganization(id, Input.Version, input), "Input");
            if (ok)
            {
                Flash($"{input.Name.Trim()} saved.");
                return RedirectToPage("/Network/Organizations/Details", new { id });
            }
        }
        else
        {
            var (ok, newId) = await TrySendAsync(new CreateOrganization(input), "Input");
            if (ok)
            {
                Flash($"{input.Name.Trim()} added to the directory.");
                return RedirectToPage("/Network/Organizations/Details", new { id = newId });
            }
        }

        Input.PadContacts();
        return Page();
    }
}

public sealed class OrganizationForm
{
    public int Version { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Kind")] public OrganizationKind Kind { get; set; } = OrganizationKind.Other;
    [Display(Name = "Region")] public Region Region { get; set; } = Region.WesternMassachusetts;
    [Display(Name = "What it offers")] public string? Offers { get; set; }
    [Display(Name = "Website")] public string? Website { get; set; }
    public List<ContactRow> Contacts { get; set; } = [];

    public static OrganizationForm From(OrganizationDto o) => new()
    {
        Version = o.Version,
        Name = o.Name,
        Kind = o.Kind,
        Region = o.Region,
        Offers = o.Offers,
        Website = o.Website,
        Contacts = o.Contacts.Select(c => new ContactRow { Name = c.Name, Email = c.Email, Phone = c.Phone }).ToList(),
    };

    public void PadContacts()
    {
        Contacts = Contacts.Where(c => !c.IsBlank).ToList();
        for (var i = 0; i < EditModel.BlankContactRows; i++)
        {
            Contacts.Add(new ContactRow());
        }
    }

    public OrganizationInput ToInput() => new()
    {
        Name = Name ?? "",
        Kind = Kind,
        Region = Region,
        Offers = Offers,
        Website = Website,
        Contacts = Contacts.Where(c => !c.IsBlank).Select(c => new OrganizationContact(c.Name ?? "", c.Email, c.Phone)).ToList(),
    };
}

public sealed class ContactRow
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}
