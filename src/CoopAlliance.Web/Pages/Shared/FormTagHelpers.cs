using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages;

/// <summary>
/// The box at the top of a form that lists what to fix: <c>&lt;error-summary /&gt;</c>. Renders nothing while ModelState
/// is valid; otherwise "There is a problem" and one link per error to its field (<c>#Input_Email</c>), in the order
/// of the model's properties. An error that belongs to no field is plain text. site.js moves the focus to it on load
/// and makes each link focus its field.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<ErrorSummaryTagHelper> t, HtmlEncoder encoder) : TagHelper
{
    public const string Heading = "There is a problem";

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Extra classes for the box (e.g. "w-100" inside a flex row).</summary>
    [HtmlAttributeName("class")] public string? Class { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ModelState;
        if (modelState.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        var errors = Errors(modelState, ViewContext.ViewData.ModelMetadata);
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        // validation-summary-errors: the class the framework's own summary had, which styles and tests rely on.
        output.Attributes.SetAttribute("class", ("error-summary validation-summary-errors alert alert-danger " + Class).Trim());
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");

        var html = new StringBuilder();
        html.Append("<h2 id=\"error-summary-title\" class=\"h5\">").Append(encoder.Encode(t[Heading])).Append("</h2><ul class=\"mb-0\">");
        foreach (var (key, message) in errors)
        {
            var text = encoder.Encode(message);
            html.Append("<li>");
            if (key.Length == 0)
            {
                html.Append(text);
            }
            else
            {
                html.Append("<a href=\"#").Append(encoder.Encode(FieldIds.Of(key)))
                    .Append("\" data-field=\"").Append(encoder.Encode(key)).Append("\">").Append(text).Append("</a>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>Every error with its field's name ("" for the form as a whole), the form-wide ones first, then in property order.</summary>
    public static IReadOnlyList<(string Key, string Message)> Errors(ModelStateDictionary modelState, ModelMetadata? root)
    {
        var found = new List<(string Key, string Message, IReadOnlyList<int> Rank)>();
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = string.IsNullOrEmpty(error.ErrorMessage) ? "Check this value." : error.ErrorMessage;
                found.Add((key, message, key.Length == 0 ? [] : Rank(root, key)));
            }
        }

        return found
            .Select((e, i) => (e, i))
            .OrderBy(x => x.e.Rank, RankComparer.Instance).ThenBy(x => x.i)
            .Select(x => (x.e.Key, x.e.Message))
            .DistinctBy(x => (x.Key, x.Message))
            .ToList();
    }

    /// <summary>The position of each segment of "Input.Lines[2].Amount" among its model's properties (unknown ones last).</summary>
    private static List<int> Rank(ModelMetadata? metadata, string key)
    {
        var rank = new List<int>();
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            var properties = metadata?.Properties.ToList() ?? [];
            var index = properties.FindIndex(p => string.Equals(p.PropertyName, name, StringComparison.OrdinalIgnoreCase));
            rank.Add(index < 0 ? int.MaxValue : index);
            metadata = index < 0 ? null : properties[index].ElementMetadata ?? properties[index];
        }

        return rank;
    }

    private sealed class RankComparer : IComparer<IReadOnlyList<int>>
    {
        public static readonly RankComparer Instance = new();

        public int Compare(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                var c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}

/// <summary>The ids the form helpers agree on: a field's id as asp-for writes it, and the ids of its error and audience note.</summary>
public static class FieldIds
{
    /// <summary>"Input.Email" → "Input_Email", as the framework's input tag helper writes the id.</summary>
    public static string Of(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    public static string Error(string fieldId) => fieldId + "-error";

    public static string Audience(string fieldId) => fieldId + "-audience";
}

/// <summary>Who sees what a field holds, said the same way on every form (<c>audience="@Audience.Coop"</c>).</summary>
public static class Audience
{
    /// <summary>A mentor's own record of a session (the co-op's reps never see it).</summary>
    public const string MentorAndStaff = "Seen by you and alliance staff only.";
    public const string Coop = "Shared with the co-op.";
    /// <summary>Words that end up in a co-op's dues ledger and statement (a credit's reason, a payment's reference).</summary>
    public const string CoopStatement = "Shown to the co-op on its statement and ledger.";
    public const string StaffOnly = "Seen by alliance staff only.";
    /// <summary>What the public directory lists for a member co-op.</summary>
    public const string Public = "Shown in the public member directory.";
    /// <summary>A co-op's own details that the directory does not list.</summary>
    public const string NotPublished = "Not published: seen by the co-op's reps and alliance staff only.";
}

/// <summary>
/// Makes every <c>input</c>, <c>select</c> and <c>textarea</c> bound with asp-for follow the accessible error pattern:
/// with an error it gets <c>aria-invalid="true"</c> and <c>aria-describedby</c> naming its message
/// (<c>&lt;span asp-validation-for&gt;</c>, whose id is <c>{id}-error</c>); a field its command's validator requires
/// gets <c>required</c>; <c>audience="…"</c> writes who will see the field's content under it, linked the same way.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AccessibleFieldTagHelper(IServiceProvider services) : TagHelper
{
    /// <summary>After the framework's own input, select and textarea helpers, so the id and type are already written.</summary>
    public override int Order => 100;

    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;

    /// <summary>Who will see what is typed here (see <see cref="Pages.Audience"/>); shown under the field and read with it.</summary>
    [HtmlAttributeName("audience")] public string? AudienceNote { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = output.Attributes["type"]?.Value?.ToString();
        if (string.Equals(type, "hidden", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = output.Attributes["id"]?.Value?.ToString() ?? FieldIds.Of(fullName);
        var describedBy = new List<string>();
        if (output.Attributes["aria-describedby"]?.Value?.ToString() is { Length: > 0 } existing)
        {
            describedBy.AddRange(existing.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        if (!string.IsNullOrWhiteSpace(AudienceNote))
        {
            var noteId = FieldIds.Audience(id);
            describedBy.Add(noteId);
            output.PostElement.AppendHtml($"<div id=\"{noteId}\" class=\"form-text audience-note\">{HtmlEncoder.Default.Encode(AudienceNote)}</div>");
        }

        if (ViewContext.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            describedBy.Add(FieldIds.Error(id));
        }

        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy.Distinct()));
        }

        if (RequiredFields.IsRequired(For, services) && !output.Attributes.ContainsName("readonly") && !output.Attributes.ContainsName("disabled"))
        {
            output.Attributes.SetAttribute("required", "required");
        }
    }
}

/// <summary>Gives each <c>&lt;span asp-validation-for&gt;</c> the id its field's <c>aria-describedby</c> names.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorIdTagHelper : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-validation-for")] public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", FieldIds.Error(FieldIds.Of(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name))));
        }
    }
}

/// <summary>
/// Marks the label of a field its validator requires with "(required)", just after the label rather than in it: the
/// field's name stays its label, and screen readers, which say "required" from the field's <c>required</c> attribute,
/// skip the words.
/// </summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class RequiredLabelTagHelper(IServiceProvider services) : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (RequiredFields.IsRequired(For, services))
        {
            output.PostElement.AppendHtml(" <span class=\"field-required\" aria-hidden=\"true\">(required)</span>");
        }
    }
}

/// <summary>
/// On a page's own input class that is turned into a command: the command's validator says which fields are required
/// (matched by property name), e.g. <c>[ValidatedAs(typeof(LogSession))] public sealed class SessionInput</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ValidatedAsAttribute(Type command) : Attribute
{
    public Type Command { get; } = command;
}

/// <summary>
/// Which properties a model must have filled in: those its FluentValidation validator (or that of the command named by
/// <see cref="ValidatedAsAttribute"/>) gives an unconditional NotEmpty or NotNull rule (rules pulled in with Include
/// count), or that carry [Required]. Read once per type.
/// </summary>
public static class RequiredFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlySet<string>> Cache = new();

    public static bool IsRequired(ModelExpression field, IServiceProvider services)
    {
        var metadata = field.Metadata;
        if (metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            return true;
        }

        // The declared type that holds the property (the command, or ICoopProfileInput inside _ProfileFields).
        var container = metadata.ContainerType;
        return container is not null && metadata.PropertyName is { } name && Of(container, services).Contains(name);
    }

    public static IReadOnlySet<string> Of(Type model, IServiceProvider services) => Cache.GetOrAdd(model, type =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var validated = type.GetCustomAttributes(typeof(ValidatedAsAttribute), inherit: false).OfType<ValidatedAsAttribute>().FirstOrDefault()?.Command ?? type;
        if (services.GetService(typeof(IValidator<>).MakeGenericType(validated)) is IEnumerable<IValidationRule> rules)
        {
            Collect(rules, services, names);
        }

        return names;
    });

    private static void Collect(IEnumerable<IValidationRule> rules, IServiceProvider services, HashSet<string> names)
    {
        foreach (var rule in rules)
        {
            if (rule.HasCondition || rule.HasAsyncCondition)
            {
                continue;
            }

            if (rule is IIncludeRule)
            {
                foreach (var child in rule.Components.Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
                {
                    if ((services.GetService(child.ValidatorType) ?? ActivatorUtilities.CreateInstance(services, child.ValidatorType))
                        is IEnumerable<IValidationRule> included)
                    {
                        Collect(included, services, names);
                    }
                }

                continue;
            }

            if (rule.PropertyName is { } name && rule.Components.Any(c =>
                    !c.HasCondition && !c.HasAsyncCondition && c.Validator is INotEmptyValidator or INotNullValidator))
            {
                names.Add(name);
            }
        }
    }
}
