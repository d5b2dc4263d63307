// The deliveries module's HTTP part: delivery notes, shipping, invoicing a delivery, returns,
// the order's delivery progress and the back order, the delivery and return notes as PDF.
#pragma once

#include "http/http_module.h"
#include "modules/deliveries/app/delivery_print_data.h"
#include "modules/deliveries/app/delivery_service.h"

namespace salesdesk::http {

void AddDeliveryRoutes(ModuleHost& host, modules::deliveries::DeliveryService& s);
void AddDeliveryReadRoutes(ModuleHost& host, modules::deliveries::DeliveryService& s);
void AddDeliveryPdfRoutes(ModuleHost& host, modules::deliveries::DeliveryPrints& prints);
void AddDeliverySchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::deliveries {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::deliveries
