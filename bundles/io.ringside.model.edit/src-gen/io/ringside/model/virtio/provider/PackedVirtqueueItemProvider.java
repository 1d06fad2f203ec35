/**
 */
package io.ringside.model.virtio.provider;


import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.VirtioPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.ringside.model.virtio.PackedVirtqueue} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PackedVirtqueueItemProvider extends VirtqueueItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PackedVirtqueueItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addDriverPositionPropertyDescriptor(object);
			addDriverWrapCounterPropertyDescriptor(object);
			addDeviceReadPositionPropertyDescriptor(object);
			addDeviceReadWrapCounterPropertyDescriptor(object);
			addDeviceUsedPositionPropertyDescriptor(object);
			addDeviceUsedWrapCounterPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Driver Position feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDriverPositionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PackedVirtqueue_driverPosition_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PackedVirtqueue_driverPosition_feature", "_UI_PackedVirtqueue_type"),
				 VirtioPackage.Literals.PACKED_VIRTQUEUE__DRIVER_POSITION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Driver Wrap Counter feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDriverWrapCounterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PackedVirtqueue_driverWrapCounter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PackedVirtqueue_driverWrapCounter_feature", "_UI_PackedVirtqueue_type"),
				 VirtioPackage.Literals.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device Read Position feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviceReadPositionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PackedVirtqueue_deviceReadPosition_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PackedVirtqueue_deviceReadPosition_feature", "_UI_PackedVirtqueue_type"),
				 VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_READ_POSITION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device Read Wrap Counter feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviceReadWrapCounterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PackedVirtqueue_deviceReadWrapCounter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PackedVirtqueue_deviceReadWrapCounter_feature", "_UI_PackedVirtqueue_type"),
				 VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device Used Position feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviceUsedPositionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PackedVirtqueue_deviceUsedPosition_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PackedVirtqueue_deviceUsedPosition_feature", "_UI_PackedVirtqueue_type"),
				 VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_USED_POSITION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device Used Wrap Counter feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviceUsedWrapCounterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PackedVirtqueue_deviceUsedWrapCounter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PackedVirtqueue_deviceUsedWrapCounter_feature", "_UI_PackedVirtqueue_type"),
				 VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(VirtioPackage.Literals.PACKED_VIRTQUEUE__DRIVER_EVENT);
			childrenFeatures.add(VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_EVENT);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns PackedVirtqueue.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PackedVirtqueue"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PackedVirtqueue)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_PackedVirtqueue_type") :
			getString("_UI_PackedVirtqueue_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(PackedVirtqueue.class)) {
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_POSITION:
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER:
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_POSITION:
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER:
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_POSITION:
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case VirtioPackage.PACKED_VIRTQUEUE__DRIVER_EVENT:
			case VirtioPackage.PACKED_VIRTQUEUE__DEVICE_EVENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

}
