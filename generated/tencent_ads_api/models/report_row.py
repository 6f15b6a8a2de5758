# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRow")


@_attrs_define
class ReportRow:
    """One report row: the `group_by` dimensions and the `fields` asked for. Every
    field is optional (a row carries what was asked). The common dimensions and
    metrics are typed here; every other metric the API sends is kept as it comes
    (`additionalProperties`: the list grows — the Go SDK's row has 895 fields,
    ~690 integers, ~190 floats, 15 strings). Money is in fen (分): `cost`, `cpc`,
    `acquisition_cost`, `thousand_display_price` and every `*_cost`, `*_amount`,
    `*_price`. Rates and ratios (`ctr`, `*_rate`, `*_roi`) are fractions.
    Dimensions the aggregation rules name but no source types
    (`marketing_target_type`, `product_catalog_id`, `product_series_id`,
    `product_outer_id`, `creative_template_group_id`) are kept as they come.

    """

    date: str | Unset = UNSET
    """ 日期 — the day, `YYYY-MM-DD` (dimension `date`). """
    hour: int | Unset = UNSET
    """ 小时 — the hour of the day, 0–23 (dimension `hour`). """
    account_id: int | Unset = UNSET
    """ 广告主帐号 id. """
    adgroup_id: int | Unset = UNSET
    """ 广告 id (dimension `adgroup_id`). """
    adgroup_name: str | Unset = UNSET
    """ 广告名称. """
    dynamic_creative_id: int | Unset = UNSET
    """ 创意 id (dimension `dynamic_creative_id`). """
    dynamic_creative_name: str | Unset = UNSET
    """ 创意名称. """
    component_id: int | Unset = UNSET
    """ 组件 id (dimension `component_id`). """
    component_type: str | Unset = UNSET
    """ 组件类型 (dimension `component_type`). """
    site_set: str | Unset = UNSET
    """ 版位 (dimension `site_set`), e.g. SITE_SET_MOMENTS; an open string. """
    channel_id: str | Unset = UNSET
    """ 渠道 id (dimension `channel_id`; a string in the Go SDK). """
    image_id: str | Unset = UNSET
    """ 图片 id (dimension `image_id`; a string in the Go SDK). """
    video_id: str | Unset = UNSET
    """ 视频 id (dimension `video_id`; a string, as in the daily page's example). """
    bidword_id: int | Unset = UNSET
    """ 关键词 id (dimension `bidword_id`). """
    bidword: str | Unset = UNSET
    """ 关键词. """
    queryword: str | Unset = UNSET
    """ 搜索词 (dimension `queryword`). """
    marketing_asset_id: int | Unset = UNSET
    """ 推广内容资产 id (dimension `marketing_asset_id`). """
    marketing_asset_name: str | Unset = UNSET
    """ 推广内容资产名称. """
    project_id: int | Unset = UNSET
    """ 项目 id. """
    project_name: str | Unset = UNSET
    """ 项目名称. """
    view_count: int | Unset = UNSET
    """ 曝光次数 — impressions. """
    view_user_count: int | Unset = UNSET
    """ 曝光人数 — unique users reached. """
    avg_view_per_user: float | Unset = UNSET
    """ 人均曝光次数. """
    valid_click_count: int | Unset = UNSET
    """ 点击次数 — valid clicks. """
    click_user_count: int | Unset = UNSET
    """ 点击人数. """
    ctr: float | Unset = UNSET
    """ 点击率 — click-through rate (a fraction). """
    cpc: int | Unset = UNSET
    """ 点击均价 — cost per click, fen. """
    cost: int | Unset = UNSET
    """ 花费 — spend, fen (分). """
    acquisition_cost: int | Unset = UNSET
    """ 一键起量消耗, fen. """
    thousand_display_price: int | Unset = UNSET
    """ 千次展现均价 — cost per thousand impressions, fen. """
    valuable_click_count: int | Unset = UNSET
    """ 可转化点击次数. """
    valuable_click_rate: float | Unset = UNSET
    """ 可转化点击率. """
    valuable_click_cost: int | Unset = UNSET
    """ 可转化点击成本, fen. """
    conversions_count: int | Unset = UNSET
    """ 目标转化量 — conversions. """
    conversions_rate: float | Unset = UNSET
    """ 目标转化率. """
    conversions_cost: int | Unset = UNSET
    """ 目标转化成本, fen. """
    deep_conversions_count: int | Unset = UNSET
    """ 深度目标转化量. """
    deep_conversions_rate: float | Unset = UNSET
    """ 深度目标转化率. """
    deep_conversions_cost: int | Unset = UNSET
    """ 深度目标转化成本, fen. """
    download_count: int | Unset = UNSET
    """ 下载次数. """
    download_rate: float | Unset = UNSET
    """ 下载率. """
    download_cost: int | Unset = UNSET
    """ 下载成本, fen. """
    install_count: int | Unset = UNSET
    """ 安装次数. """
    install_rate: float | Unset = UNSET
    """ 安装率. """
    install_cost: int | Unset = UNSET
    """ 安装成本, fen. """
    activated_count: int | Unset = UNSET
    """ 激活次数. """
    activated_rate: float | Unset = UNSET
    """ 激活率. """
    activated_cost: int | Unset = UNSET
    """ 激活成本, fen. """
    click_activated_rate: float | Unset = UNSET
    """ 点击激活率. """
    video_outer_play_count: int | Unset = UNSET
    """ 视频有效播放次数. """
    video_outer_play_rate: float | Unset = UNSET
    """ 视频有效播放率. """
    video_outer_play_cost: int | Unset = UNSET
    """ 视频有效播放成本, fen. """
    video_outer_play_time_count: float | Unset = UNSET
    """ 视频平均播放时长 (a float in the Go SDK and the hourly example). """
    video_outer_play_time_avg_rate: float | Unset = UNSET
    """ 视频平均播放进度. """
    video_outer_play3s_count: int | Unset = UNSET
    """ 视频 3 秒播放次数. """
    video_outer_play5s_count: int | Unset = UNSET
    """ 视频 5 秒播放次数. """
    video_outer_play100_count: int | Unset = UNSET
    """ 视频完整播放次数. """
    read_count: int | Unset = UNSET
    """ 阅读次数. """
    comment_count: int | Unset = UNSET
    """ 评论次数. """
    praise_count: int | Unset = UNSET
    """ 点赞次数. """
    forward_count: int | Unset = UNSET
    """ 转发次数. """
    no_interest_count: int | Unset = UNSET
    """ 不感兴趣点击次数. """
    platform_page_view_count: int | Unset = UNSET
    """ 平台落地页访问次数. """
    platform_page_view_rate: float | Unset = UNSET
    """ 平台落地页访问率. """
    effective_leads_count: int | Unset = UNSET
    """ 有效线索数. """
    first_pay_count: int | Unset = UNSET
    """ 首次付费次数. """
    first_pay_rate: float | Unset = UNSET
    """ 首次付费率. """
    first_pay_cost: int | Unset = UNSET
    """ 首次付费成本, fen. """
    first_day_order_count: int | Unset = UNSET
    """ 首日下单次数. """
    first_day_order_amount: int | Unset = UNSET
    """ 首日下单金额, fen. """
    order_amount: int | Unset = UNSET
    """ 下单金额, fen. """
    order_unit_price: int | Unset = UNSET
    """ 下单客单价, fen. """
    order_roi: float | Unset = UNSET
    """ 下单 ROI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        hour = self.hour

        account_id = self.account_id

        adgroup_id = self.adgroup_id

        adgroup_name = self.adgroup_name

        dynamic_creative_id = self.dynamic_creative_id

        dynamic_creative_name = self.dynamic_creative_name

        component_id = self.component_id

        component_type = self.component_type

        site_set = self.site_set

        channel_id = self.channel_id

        image_id = self.image_id

        video_id = self.video_id

        bidword_id = self.bidword_id

        bidword = self.bidword

        queryword = self.queryword

        marketing_asset_id = self.marketing_asset_id

        marketing_asset_name = self.marketing_asset_name

        project_id = self.project_id

        project_name = self.project_name

        view_count = self.view_count

        view_user_count = self.view_user_count

        avg_view_per_user = self.avg_view_per_user

        valid_click_count = self.valid_click_count

        click_user_count = self.click_user_count

        ctr = self.ctr

        cpc = self.cpc

        cost = self.cost

        acquisition_cost = self.acquisition_cost

        thousand_display_price = self.thousand_display_price

        valuable_click_count = self.valuable_click_count

        valuable_click_rate = self.valuable_click_rate

        valuable_click_cost = self.valuable_click_cost

        conversions_count = self.conversions_count

        conversions_rate = self.conversions_rate

        conversions_cost = self.conversions_cost

        deep_conversions_count = self.deep_conversions_count

        deep_conversions_rate = self.deep_conversions_rate

        deep_conversions_cost = self.deep_conversions_cost

        download_count = self.download_count

        download_rate = self.download_rate

        download_cost = self.download_cost

        install_count = self.install_count

        install_rate = self.install_rate

        install_cost = self.install_cost

        activated_count = self.activated_count

        activated_rate = self.activated_rate

        activated_cost = self.activated_cost

        click_activated_rate = self.click_activated_rate

        video_outer_play_count = self.video_outer_play_count

        video_outer_play_rate = self.video_outer_play_rate

        video_outer_play_cost = self.video_outer_play_cost

        video_outer_play_time_count = self.video_outer_play_time_count

        video_outer_play_time_avg_rate = self.video_outer_play_time_avg_rate

        video_outer_play3s_count = self.video_outer_play3s_count

        video_outer_play5s_count = self.video_outer_play5s_count

        video_outer_play100_count = self.video_outer_play100_count

        read_count = self.read_count

        comment_count = self.comment_count

        praise_count = self.praise_count

        forward_count = self.forward_count

        no_interest_count = self.no_interest_count

        platform_page_view_count = self.platform_page_view_count

        platform_page_view_rate = self.platform_page_view_rate

        effective_leads_count = self.effective_leads_count

        first_pay_count = self.first_pay_count

        first_pay_rate = self.first_pay_rate

        first_pay_cost = self.first_pay_cost

        first_day_order_count = self.first_day_order_count

        first_day_order_amount = self.first_day_order_amount

        order_amount = self.order_amount

        order_unit_price = self.order_unit_price

        order_roi = self.order_roi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if hour is not UNSET:
            field_dict["hour"] = hour
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if adgroup_id is not UNSET:
            field_dict["adgroup_id"] = adgroup_id
        if adgroup_name is not UNSET:
            field_dict["adgroup_name"] = adgroup_name
        if dynamic_creative_id is not UNSET:
            field_dict["dynamic_creative_id"] = dynamic_creative_id
        if dynamic_creative_name is not UNSET:
            field_dict["dynamic_creative_name"] = dynamic_creative_name
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if component_type is not UNSET:
            field_dict["component_type"] = component_type
        if site_set is not UNSET:
            field_dict["site_set"] = site_set
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if bidword_id is not UNSET:
            field_dict["bidword_id"] = bidword_id
        if bidword is not UNSET:
            field_dict["bidword"] = bidword
        if queryword is not UNSET:
            field_dict["queryword"] = queryword
        if marketing_asset_id is not UNSET:
            field_dict["marketing_asset_id"] = marketing_asset_id
        if marketing_asset_name is not UNSET:
            field_dict["marketing_asset_name"] = marketing_asset_name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if view_count is not UNSET:
            field_dict["view_count"] = view_count
        if view_user_count is not UNSET:
            field_dict["view_user_count"] = view_user_count
        if avg_view_per_user is not UNSET:
            field_dict["avg_view_per_user"] = avg_view_per_user
        if valid_click_count is not UNSET:
            field_dict["valid_click_count"] = valid_click_count
        if click_user_count is not UNSET:
            field_dict["click_user_count"] = click_user_count
        if ctr is not UNSET:
            field_dict["ctr"] = ctr
        if cpc is not UNSET:
            field_dict["cpc"] = cpc
        if cost is not UNSET:
            field_dict["cost"] = cost
        if acquisition_cost is not UNSET:
            field_dict["acquisition_cost"] = acquisition_cost
        if thousand_display_price is not UNSET:
            field_dict["thousand_display_price"] = thousand_display_price
        if valuable_click_count is not UNSET:
            field_dict["valuable_click_count"] = valuable_click_count
        if valuable_click_rate is not UNSET:
            field_dict["valuable_click_rate"] = valuable_click_rate
        if valuable_click_cost is not UNSET:
            field_dict["valuable_click_cost"] = valuable_click_cost
        if conversions_count is not UNSET:
            field_dict["conversions_count"] = conversions_count
        if conversions_rate is not UNSET:
            field_dict["conversions_rate"] = conversions_rate
        if conversions_cost is not UNSET:
            field_dict["conversions_cost"] = conversions_cost
        if deep_conversions_count is not UNSET:
            field_dict["deep_conversions_count"] = deep_conversions_count
        if deep_conversions_rate is not UNSET:
            field_dict["deep_conversions_rate"] = deep_conversions_rate
        if deep_conversions_cost is not UNSET:
            field_dict["deep_conversions_cost"] = deep_conversions_cost
        if download_count is not UNSET:
            field_dict["download_count"] = download_count
        if download_rate is not UNSET:
            field_dict["download_rate"] = download_rate
        if download_cost is not UNSET:
            field_dict["download_cost"] = download_cost
        if install_count is not UNSET:
            field_dict["install_count"] = install_count
        if install_rate is not UNSET:
            field_dict["install_rate"] = install_rate
        if install_cost is not UNSET:
            field_dict["install_cost"] = install_cost
        if activated_count is not UNSET:
            field_dict["activated_count"] = activated_count
        if activated_rate is not UNSET:
            field_dict["activated_rate"] = activated_rate
        if activated_cost is not UNSET:
            field_dict["activated_cost"] = activated_cost
        if click_activated_rate is not UNSET:
            field_dict["click_activated_rate"] = click_activated_rate
        if video_outer_play_count is not UNSET:
            field_dict["video_outer_play_count"] = video_outer_play_count
        if video_outer_play_rate is not UNSET:
            field_dict["video_outer_play_rate"] = video_outer_play_rate
        if video_outer_play_cost is not UNSET:
            field_dict["video_outer_play_cost"] = video_outer_play_cost
        if video_outer_play_time_count is not UNSET:
            field_dict["video_outer_play_time_count"] = video_outer_play_time_count
        if video_outer_play_time_avg_rate is not UNSET:
            field_dict["video_outer_play_time_avg_rate"] = video_outer_play_time_avg_rate
        if video_outer_play3s_count is not UNSET:
            field_dict["video_outer_play3s_count"] = video_outer_play3s_count
        if video_outer_play5s_count is not UNSET:
            field_dict["video_outer_play5s_count"] = video_outer_play5s_count
        if video_outer_play100_count is not UNSET:
            field_dict["video_outer_play100_count"] = video_outer_play100_count
        if read_count is not UNSET:
            field_dict["read_count"] = read_count
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count
        if praise_count is not UNSET:
            field_dict["praise_count"] = praise_count
        if forward_count is not UNSET:
            field_dict["forward_count"] = forward_count
        if no_interest_count is not UNSET:
            field_dict["no_interest_count"] = no_interest_count
        if platform_page_view_count is not UNSET:
            field_dict["platform_page_view_count"] = platform_page_view_count
        if platform_page_view_rate is not UNSET:
            field_dict["platform_page_view_rate"] = platform_page_view_rate
        if effective_leads_count is not UNSET:
            field_dict["effective_leads_count"] = effective_leads_count
        if first_pay_count is not UNSET:
            field_dict["first_pay_count"] = first_pay_count
        if first_pay_rate is not UNSET:
            field_dict["first_pay_rate"] = first_pay_rate
        if first_pay_cost is not UNSET:
            field_dict["first_pay_cost"] = first_pay_cost
        if first_day_order_count is not UNSET:
            field_dict["first_day_order_count"] = first_day_order_count
        if first_day_order_amount is not UNSET:
            field_dict["first_day_order_amount"] = first_day_order_amount
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if order_unit_price is not UNSET:
            field_dict["order_unit_price"] = order_unit_price
        if order_roi is not UNSET:
            field_dict["order_roi"] = order_roi

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        hour = d.pop("hour", UNSET)

        account_id = d.pop("account_id", UNSET)

        adgroup_id = d.pop("adgroup_id", UNSET)

        adgroup_name = d.pop("adgroup_name", UNSET)

        dynamic_creative_id = d.pop("dynamic_creative_id", UNSET)

        dynamic_creative_name = d.pop("dynamic_creative_name", UNSET)

        component_id = d.pop("component_id", UNSET)

        component_type = d.pop("component_type", UNSET)

        site_set = d.pop("site_set", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        image_id = d.pop("image_id", UNSET)

        video_id = d.pop("video_id", UNSET)

        bidword_id = d.pop("bidword_id", UNSET)

        bidword = d.pop("bidword", UNSET)

        queryword = d.pop("queryword", UNSET)

        marketing_asset_id = d.pop("marketing_asset_id", UNSET)

        marketing_asset_name = d.pop("marketing_asset_name", UNSET)

        project_id = d.pop("project_id", UNSET)

        project_name = d.pop("project_name", UNSET)

        view_count = d.pop("view_count", UNSET)

        view_user_count = d.pop("view_user_count", UNSET)

        avg_view_per_user = d.pop("avg_view_per_user", UNSET)

        valid_click_count = d.pop("valid_click_count", UNSET)

        click_user_count = d.pop("click_user_count", UNSET)

        ctr = d.pop("ctr", UNSET)

        cpc = d.pop("cpc", UNSET)

        cost = d.pop("cost", UNSET)

        acquisition_cost = d.pop("acquisition_cost", UNSET)

        thousand_display_price = d.pop("thousand_display_price", UNSET)

        valuable_click_count = d.pop("valuable_click_count", UNSET)

        valuable_click_rate = d.pop("valuable_click_rate", UNSET)

        valuable_click_cost = d.pop("valuable_click_cost", UNSET)

        conversions_count = d.pop("conversions_count", UNSET)

        conversions_rate = d.pop("conversions_rate", UNSET)

        conversions_cost = d.pop("conversions_cost", UNSET)

        deep_conversions_count = d.pop("deep_conversions_count", UNSET)

        deep_conversions_rate = d.pop("deep_conversions_rate", UNSET)

        deep_conversions_cost = d.pop("deep_conversions_cost", UNSET)

        download_count = d.pop("download_count", UNSET)

        download_rate = d.pop("download_rate", UNSET)

        download_cost = d.pop("download_cost", UNSET)

        install_count = d.pop("install_count", UNSET)

        install_rate = d.pop("install_rate", UNSET)

        install_cost = d.pop("install_cost", UNSET)

        activated_count = d.pop("activated_count", UNSET)

        activated_rate = d.pop("activated_rate", UNSET)

        activated_cost = d.pop("activated_cost", UNSET)

        click_activated_rate = d.pop("click_activated_rate", UNSET)

        video_outer_play_count = d.pop("video_outer_play_count", UNSET)

        video_outer_play_rate = d.pop("video_outer_play_rate", UNSET)

        video_outer_play_cost = d.pop("video_outer_play_cost", UNSET)

        video_outer_play_time_count = d.pop("video_outer_play_time_count", UNSET)

        video_outer_play_time_avg_rate = d.pop("video_outer_play_time_avg_rate", UNSET)

        video_outer_play3s_count = d.pop("video_outer_play3s_count", UNSET)

        video_outer_play5s_count = d.pop("video_outer_play5s_count", UNSET)

        video_outer_play100_count = d.pop("video_outer_play100_count", UNSET)

        read_count = d.pop("read_count", UNSET)

        comment_count = d.pop("comment_count", UNSET)

        praise_count = d.pop("praise_count", UNSET)

        forward_count = d.pop("forward_count", UNSET)

        no_interest_count = d.pop("no_interest_count", UNSET)

        platform_page_view_count = d.pop("platform_page_view_count", UNSET)

        platform_page_view_rate = d.pop("platform_page_view_rate", UNSET)

        effective_leads_count = d.pop("effective_leads_count", UNSET)

        first_pay_count = d.pop("first_pay_count", UNSET)

        first_pay_rate = d.pop("first_pay_rate", UNSET)

        first_pay_cost = d.pop("first_pay_cost", UNSET)

        first_day_order_count = d.pop("first_day_order_count", UNSET)

        first_day_order_amount = d.pop("first_day_order_amount", UNSET)

        order_amount = d.pop("order_amount", UNSET)

        order_unit_price = d.pop("order_unit_price", UNSET)

        order_roi = d.pop("order_roi", UNSET)

        report_row = cls(
            date=date,
            hour=hour,
            account_id=account_id,
            adgroup_id=adgroup_id,
            adgroup_name=adgroup_name,
            dynamic_creative_id=dynamic_creative_id,
            dynamic_creative_name=dynamic_creative_name,
            component_id=component_id,
            component_type=component_type,
            site_set=site_set,
            channel_id=channel_id,
            image_id=image_id,
            video_id=video_id,
            bidword_id=bidword_id,
            bidword=bidword,
            queryword=queryword,
            marketing_asset_id=marketing_asset_id,
            marketing_asset_name=marketing_asset_name,
            project_id=project_id,
            project_name=project_name,
            view_count=view_count,
            view_user_count=view_user_count,
            avg_view_per_user=avg_view_per_user,
            valid_click_count=valid_click_count,
            click_user_count=click_user_count,
            ctr=ctr,
            cpc=cpc,
            cost=cost,
            acquisition_cost=acquisition_cost,
            thousand_display_price=thousand_display_price,
            valuable_click_count=valuable_click_count,
            valuable_click_rate=valuable_click_rate,
            valuable_click_cost=valuable_click_cost,
            conversions_count=conversions_count,
            conversions_rate=conversions_rate,
            conversions_cost=conversions_cost,
            deep_conversions_count=deep_conversions_count,
            deep_conversions_rate=deep_conversions_rate,
            deep_conversions_cost=deep_conversions_cost,
            download_count=download_count,
            download_rate=download_rate,
            download_cost=download_cost,
            install_count=install_count,
            install_rate=install_rate,
            install_cost=install_cost,
            activated_count=activated_count,
            activated_rate=activated_rate,
            activated_cost=activated_cost,
            click_activated_rate=click_activated_rate,
            video_outer_play_count=video_outer_play_count,
            video_outer_play_rate=video_outer_play_rate,
            video_outer_play_cost=video_outer_play_cost,
            video_outer_play_time_count=video_outer_play_time_count,
            video_outer_play_time_avg_rate=video_outer_play_time_avg_rate,
            video_outer_play3s_count=video_outer_play3s_count,
            video_outer_play5s_count=video_outer_play5s_count,
            video_outer_play100_count=video_outer_play100_count,
            read_count=read_count,
            comment_count=comment_count,
            praise_count=praise_count,
            forward_count=forward_count,
            no_interest_count=no_interest_count,
            platform_page_view_count=platform_page_view_count,
            platform_page_view_rate=platform_page_view_rate,
            effective_leads_count=effective_leads_count,
            first_pay_count=first_pay_count,
            first_pay_rate=first_pay_rate,
            first_pay_cost=first_pay_cost,
            first_day_order_count=first_day_order_count,
            first_day_order_amount=first_day_order_amount,
            order_amount=order_amount,
            order_unit_price=order_unit_price,
            order_roi=order_roi,
        )

        report_row.additional_properties = d
        return report_row

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
